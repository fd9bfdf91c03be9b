/**
 * The shard format: what one processed document leaves on disk for the merge.
 *
 * A shard file holds one or more document records, one after another. A record is a header line — JSON,
 * self-describing: format name and version, the pipeline version and document key it was made under (see
 * key.ts), the document's identity, counts and messages, and the byte length of each body section — then
 * the body: the sections' bytes, in the header's order, with no separator. Sections hold the document's
 * pre-rendered output pieces (its JSON-LD nodes and N-Quads lines, statements, TSV rows, report data) and
 * what the merge needs from it (entity records, edges, statement IRIs), so the merge mostly copies bytes.
 * A file is written under a temporary name and renamed when whole, so a shard that exists is complete;
 * records of another version or key are ignored, which makes re-running a document idempotent. Files
 * written by other processes or machines merge the same way (a file per batch or per document).
 *
 * A document too long to hold whole (run/windows.ts) is several records, its parts, all in one file and in
 * text order: each has the document's identity and key and `part: [index, count]`, and holds one window's
 * fragments, statements, TSV rows and report data, with offsets into the whole document; only the last part
 * has the document's node (`docJsonld`, `docNq`), and each part counts its own window. (Version 3 added parts; version 4 writes JSON-LD nodes as one line of compact JSON each.)
 */
export const SHARD_FORMAT = 'newsgraph-shard';
export const SHARD_FORMAT_VERSION = 4;
export const SHARD_EXTENSION = '.shard';

/** Body sections in their order. `merge` first: the index pass reads the header and it in one read. */
export const SECTIONS = ['merge', 'docJsonld', 'fragJsonld', 'fragNq', 'docNq', 'stmts', 'tsv', 'report'] as const;
export type Section = (typeof SECTIONS)[number];

export interface RecordDocument {
  /** Document id (relative path, plus record id) and the absolute path read: the run's document order. */
  id: string;
  path: string;
  relPath: string;
  recordId?: string;
  /** sha256 of the file read (of the record's text for a record): a copy read from another file adds its own. */
  sha256: string;
  /** Document IRI. */
  iri: string;
}

export interface RecordCounts {
  sentences: number;
  mentions: number;
  dates: number;
  relations: number;
  entities: number;
}

/** Adds one document's counts into a file's (manifest.json's per-file counts). */
export function addCounts(into: RecordCounts, c: RecordCounts): void {
  into.sentences += c.sentences;
  into.mentions += c.mentions;
  into.dates += c.dates;
  into.relations += c.relations;
  into.entities += c.entities;
}

export interface RecordHeader {
  format: typeof SHARD_FORMAT;
  version: number;
  pipeline: string;
  key: string;
  doc: RecordDocument;
  counts: RecordCounts;
  /** Messages of the pipeline, spans in code points (as manifest.json gives them). */
  messages: Array<Record<string, unknown>>;
  /** Statements (rows of triples.tsv) the document makes. */
  rows: number;
  /** Of a document in parts: this part's number and the number of parts (see above). */
  part?: [index: number, count: number];
  /** Byte length of each section, in SECTIONS order. */
  sections: number[];
}

/** The `merge` section: what the merge keeps from a document before writing anything. */
export interface MergeSection {
  entities: import('../graph/merge-entities.js').EntityRecord[];
  /** Subject IRI, predicate, object IRI and rule of each statement, in row order. */
  edges: Array<[string, string, string, string]>;
  /** Distinct statement IRIs in IRI order, with the byte lengths of their JSON-LD node and N-Quads lines in `stmts`. */
  statements: Array<[string, number, number]>;
}

/** A record as bytes: the header line and the sections. */
export function encodeRecord(header: Omit<RecordHeader, 'format' | 'version' | 'sections'>, sections: Record<Section, Buffer>): Buffer {
  const lengths = SECTIONS.map((s) => sections[s].length);
  return Buffer.concat([recordHeaderLine(header, lengths), ...SECTIONS.map((s) => sections[s])]);
}

/** A record's header line (with its line break) as bytes. */
export function recordHeaderLine(header: Omit<RecordHeader, 'format' | 'version' | 'sections'>, lengths: readonly number[]): Buffer {
  const full: RecordHeader = { format: SHARD_FORMAT, version: SHARD_FORMAT_VERSION, ...header, sections: [...lengths] };
  return Buffer.from(`${JSON.stringify(full)}\n`, 'utf8');
}

/** Parses and checks a header line; throws with the reason when it is not a record of this format. */
export function decodeHeader(line: string): RecordHeader {
  let header: RecordHeader;
  try {
    header = JSON.parse(line) as RecordHeader;
  } catch {
    throw new Error('not a shard record (bad header line)');
  }
  if (header?.format !== SHARD_FORMAT) throw new Error('not a shard record');
  if (header.version !== SHARD_FORMAT_VERSION) throw new Error(`shard format version ${header.version}, expected ${SHARD_FORMAT_VERSION}`);
  if (!Array.isArray(header.sections) || header.sections.length !== SECTIONS.length) throw new Error('shard record with a bad section table');
  return header;
}

/** Byte offset of each section from the start of the body, and the body's length. */
export function sectionOffsets(header: RecordHeader): { offsets: Record<Section, number>; bodyBytes: number } {
  const offsets = {} as Record<Section, number>;
  let at = 0;
  SECTIONS.forEach((s, i) => {
    offsets[s] = at;
    at += header.sections[i]!;
  });
  return { offsets, bodyBytes: at };
}
