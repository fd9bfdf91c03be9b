import { closeSync, openSync, readSync } from 'node:fs';
import { NS } from '../graph/vocabulary.js';
import { ChunkedBytes } from '../model/chunked-bytes.js';
import { ChunkedWords } from '../model/chunked-words.js';
import { StringIds } from '../model/compact.js';
import { decodeHeader, SECTIONS, type RecordHeader, type Section } from './format.js';
import type { RecordRef } from './store.js';

/** Where a record's body is, and its sections' byte lengths (in SECTIONS order): what reading its sections needs. */
export interface RecordPlace {
  file: string;
  bodyStart: number;
  sections: ArrayLike<number>;
}

/** Byte offset (in the file) of a record's section. */
export function sectionStart(place: RecordPlace, section: Section): number {
  let at = place.bodyStart;
  for (let s = 0; SECTIONS[s] !== section; s++) at += place.sections[s]!;
  return at;
}

/** Reads `length` bytes of `file` at `position` (the merge passes its reader, which keeps files open). */
export type ReadBytes = (file: string, position: number, length: number) => Buffer;

const SECTION_COUNT = SECTIONS.length;
const IRI_WORDS = 4;
const DOC_IRI = new RegExp(`^${NS.doc.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[0-9a-f]{32}$`);
const WORD = 0x1_0000_0000;

/** A record's words in its row (ChunkedWords): where each field starts. */
const FILE = 0;
const HEADER_LOW = 1;
const HEADER_HIGH = 2;
const HEADER_LENGTH = 3;
const SECTION_BYTES = 4;
const PART_INDEX = SECTION_BYTES + SECTION_COUNT;
/** The part count, 0 for a document of one record. */
const PART_COUNT = PART_INDEX + 1;
const IRI = PART_COUNT + 1;
const ID_CHUNK = IRI + IRI_WORDS;
const ID_OFFSET = ID_CHUNK + 1;
const ID_LENGTH = ID_OFFSET + 1;
const ROW_WORDS = ID_LENGTH + 1;

/**
 * The records of a run, a few numbers each, in rows of 32-bit words: where the record is (shard file number, the
 * offset of its header and the header's length, its sections' lengths), and what the merge sorts documents by (the
 * document id's UTF-8 bytes, the part number, the document IRI's 128-bit hash). Everything else of the
 * header (key, paths, counts, messages) stays in the shard and is read again when needed: holding each
 * record's decoded header, with the file reports and the per-document objects of the merge, kept ~3 kB a
 * document for the whole run (heap snapshots: 119 MB live at 5.6k documents of 5 kB, 165 MB at 21k).
 * This holds 84 bytes a record and its id's bytes (~30), in fixed-size chunks (ChunkedWords, ChunkedBytes): in
 * typed arrays grown by doubling, the table held 13.1 MB at 105,033 documents (500 MB of 5 kB documents; heap
 * snapshot at the end of processing), room for 131,072 records and an id buffer twice the ids' size.
 */
export class RecordTable {
  private readonly files = new StringIds();
  private readonly rows = new ChunkedWords(ROW_WORDS);
  private readonly ids = new ChunkedBytes();

  get size(): number {
    return this.rows.size;
  }

  /** Adds a record (its header is read for what is kept, then dropped); returns its number. */
  add(ref: RecordRef): number {
    const { header } = ref;
    if (!DOC_IRI.test(header.doc.iri)) throw new Error(`${ref.file}: shard record with an unexpected document IRI ${header.doc.iri}`);
    const headerLength = ref.bodyStart - ref.headerStart;
    if (!(headerLength > 0 && headerLength < WORD)) throw new Error(`${ref.file}: shard record with a header of ${headerLength} bytes`);
    const i = this.rows.add();
    const row = this.rows.chunk(i);
    const at = this.rows.offset(i);
    row[at + FILE] = this.files.id(ref.file);
    row[at + HEADER_LOW] = ref.headerStart % WORD;
    row[at + HEADER_HIGH] = Math.floor(ref.headerStart / WORD);
    row[at + HEADER_LENGTH] = headerLength;
    for (let s = 0; s < SECTION_COUNT; s++) {
      const n = header.sections[s]!;
      if (!(n >= 0 && n < WORD)) throw new Error(`${ref.file}: shard record with a section of ${n} bytes`);
      row[at + SECTION_BYTES + s] = n;
    }
    row[at + PART_INDEX] = header.part?.[0] ?? 0;
    row[at + PART_COUNT] = header.part?.[1] ?? 0;
    const hex = header.doc.iri.slice(-32);
    for (let w = 0; w < IRI_WORDS; w++) row[at + IRI + w] = parseInt(hex.slice(8 * w, 8 * w + 8), 16);
    const id = Buffer.from(header.doc.id, 'utf8');
    const [chunk, offset] = this.ids.add(id);
    row[at + ID_CHUNK] = chunk;
    row[at + ID_OFFSET] = offset;
    row[at + ID_LENGTH] = id.length;
    return i;
  }

  /** Record `i` of `other` added to this table (reading its header again). */
  addFrom(other: RecordTable, i: number, read?: ReadBytes): number {
    return this.add(other.ref(i, read));
  }

  private headerStart(i: number): number {
    return this.rows.get(i, HEADER_HIGH) * WORD + this.rows.get(i, HEADER_LOW);
  }

  private bodyStart(i: number): number {
    return this.headerStart(i) + this.rows.get(i, HEADER_LENGTH);
  }

  private file(i: number): string {
    return this.files.names[this.rows.get(i, FILE)]!;
  }

  place(i: number): RecordPlace {
    const at = this.rows.offset(i) + SECTION_BYTES;
    return { file: this.file(i), bodyStart: this.bodyStart(i), sections: this.rows.chunk(i).subarray(at, at + SECTION_COUNT) };
  }

  /** The record's header line with its line break: [file, offset, length]. */
  headerSpan(i: number): [file: string, position: number, length: number] {
    return [this.file(i), this.headerStart(i), this.rows.get(i, HEADER_LENGTH)];
  }

  /** The record's header, read again from its shard. */
  header(i: number, read: ReadBytes = readOnce): RecordHeader {
    const [file, position, length] = this.headerSpan(i);
    return decodeHeader(read(file, position, length).toString('utf8', 0, length - 1));
  }

  /** The record as a RecordRef (its header read again). */
  ref(i: number, read?: ReadBytes): RecordRef {
    return { file: this.file(i), header: this.header(i, read), headerStart: this.headerStart(i), bodyStart: this.bodyStart(i) };
  }

  /** Part number of a document in parts, and the number of parts (0 for a document of one record). */
  part(i: number): [index: number, count: number] {
    return [this.rows.get(i, PART_INDEX), this.rows.get(i, PART_COUNT)];
  }

  /** The record's document IRI. */
  iri(i: number): string {
    let hex = '';
    for (let w = 0; w < IRI_WORDS; w++) hex += this.rows.get(i, IRI + w).toString(16).padStart(8, '0');
    return NS.doc + hex;
  }

  /** Document IRIs compared as strings are (they differ only in their hex digits). */
  compareIri(a: number, b: number): number {
    const x = this.rows.chunk(a);
    const y = this.rows.chunk(b);
    const p = this.rows.offset(a) + IRI;
    const q = this.rows.offset(b) + IRI;
    for (let k = 0; k < IRI_WORDS; k++) {
      const d = x[p + k]! - y[q + k]!;
      if (d !== 0) return d;
    }
    return 0;
  }

  /**
   * Document ids compared as JavaScript compares strings (UTF-16 code units). Bytes decide while they are
   * ASCII; from a differing non-ASCII byte on, the two ids are decoded and compared as strings (UTF-8's
   * byte order is the code points', which differs from the code units' for characters above U+FFFF).
   */
  compareId(a: number, b: number): number {
    const rows = this.rows;
    const s = this.ids.chunk(rows.get(a, ID_CHUNK));
    const t = this.ids.chunk(rows.get(b, ID_CHUNK));
    const x = rows.get(a, ID_OFFSET);
    const y = rows.get(b, ID_OFFSET);
    const n = rows.get(a, ID_LENGTH);
    const m = rows.get(b, ID_LENGTH);
    for (let k = 0; k < n && k < m; k++) {
      const p = s[x + k]!;
      const q = t[y + k]!;
      if (p === q) continue;
      if (p < 0x80 && q < 0x80) return p - q;
      const u = s.toString('utf8', x, x + n);
      const v = t.toString('utf8', y, y + m);
      return u < v ? -1 : u > v ? 1 : 0;
    }
    return n - m;
  }
}

/** Reads a byte range, opening and closing the file (for the few header reads outside the merge). */
function readOnce(file: string, position: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(length);
    for (let got = 0; got < length; ) {
      const n = readSync(fd, buf, got, length - got, position + got);
      if (n === 0) throw new Error(`${file}: shard ends before byte ${position + length}`);
      got += n;
    }
    return buf;
  } finally {
    closeSync(fd);
  }
}
