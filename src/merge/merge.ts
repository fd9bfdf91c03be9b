import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { addSource } from '../graph/document-graph.js';
import { edgeLineRest, edgeTerms, graphQuadBlocks, quadsText, subjectTerm } from '../graph/graph-quads.js';
import { namedGraphOf, type NamedGraph } from '../graph/named-graphs.js';
import { entityIri } from '../graph/iri.js';
import { nodeJson } from '../graph/jsonld-text.js';
import { EntityMerger, type GraphEntity } from '../graph/merge-entities.js';
import { byNodeId, entityNode, vocabularyNodes, type JsonLdNode } from '../graph/nodes.js';
import type { RunSummary } from '../model/run-summary.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { indexDocument, indexStatements, reportEntity, SPAN_TYPES, type ReportPiece } from '../report/report-data.js';
import { reportSummary } from '../report/summary.js';
import { decodeHeader, type MergeSection, type RecordHeader } from '../shard/format.js';
import { sectionStart, type RecordTable } from '../shard/record-table.js';
import { JsonLdSink } from '../sinks/jsonld-sink.js';
import { writeManifest, type FileEntries } from '../sinks/manifest.js';
import { NQuadsSink } from '../sinks/nquads-sink.js';
import { OUTPUT_FILES } from '../sinks/output-files.js';
import { ReportSink } from '../sinks/report-sink.js';
import { TsvSink } from '../sinks/tsv-sink.js';
import { EdgeTable } from './edge-table.js';
import { ShardReader } from './shard-reader.js';
import { StatementIndex } from './statement-index.js';

export interface MergeInput {
  /** One record per document of the run (a document read twice, from two files, has two), or per part of a long document. */
  records: RecordTable;
  pipeline: PipelineConfig;
  /** Every input file's report (manifest.json), with its status. */
  files: FileEntries;
  notes: string[];
  /** Stage times so far; the merge adds `write`, from `started` (performance.now()) to the manifest. */
  timings: Record<string, number>;
  started?: number;
  /** Statements and edges the merge holds in memory per sorted run (default MERGE_RUN_RECORDS); the tests set a few to make it spill. */
  runRecords?: number;
}

export type MergePhase = 'index' | 'graph.jsonld' | 'graph.nq' | 'triples.tsv' | 'report.html' | 'manifest.json';

/**
 * The run's documents in document order (id, then absolute path, then part), as numbers: `order` lists the
 * table's records in that order — a record's number in the merge is its place here — and document `d` is
 * records `start[d]` … `start[d + 1] - 1` of it (one, or a long document's parts in text order). Ids are
 * compared from the table's bytes; the paths and keys, which only ties between ids need, are read from the
 * records' headers.
 */
interface DocumentOrder {
  order: Uint32Array;
  start: Uint32Array;
  count: number;
}

function documentOrder(table: RecordTable, header: (record: number) => RecordHeader): DocumentOrder {
  const order = new Uint32Array(table.size);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => {
    const byId = table.compareId(a, b);
    if (byId !== 0) return byId;
    const x = header(a).doc.path;
    const y = header(b).doc.path;
    return x < y ? -1 : x > y ? 1 : table.part(a)[0] - table.part(b)[0];
  });
  // A part after the part before it, of the same document (key, id and path), joins that document.
  const start = new Uint32Array(order.length + 1);
  let count = 0;
  for (let k = 0; k < order.length; k++) {
    const index = table.part(order[k]!)[0];
    if (k > 0 && index > 0 && table.part(order[k - 1]!)[0] === index - 1) {
      const prev = header(order[k - 1]!);
      const next = header(order[k]!);
      if (prev.key === next.key && prev.doc.id === next.doc.id && prev.doc.path === next.doc.path) continue;
    }
    start[count++] = k;
  }
  start[count] = order.length;
  return { order, start: start.slice(0, count + 1), count };
}

/**
 * Documents with the same IRI (one text read from several files): the first in document order is the
 * graph's, the others add their paths to its node. `first[d]`: the first document with d's IRI;
 * `last[d]`: the last one; `winners`: each IRI's first document, in IRI order (the outputs' order).
 */
function readings(table: RecordTable, docs: DocumentOrder): { first: Uint32Array; last: Uint32Array; winners: Uint32Array; copies: Map<number, number[]> } {
  const recordOf = (d: number): number => docs.order[docs.start[d]!]!;
  const byIri = new Uint32Array(docs.count);
  for (let d = 0; d < byIri.length; d++) byIri[d] = d;
  byIri.sort((a, b) => table.compareIri(recordOf(a), recordOf(b)) || a - b);
  const first = new Uint32Array(docs.count);
  const last = new Uint32Array(docs.count);
  const winners = new Uint32Array(docs.count);
  let w = 0;
  const copies = new Map<number, number[]>();
  for (let k = 0; k < byIri.length; ) {
    let end = k + 1;
    while (end < byIri.length && table.compareIri(recordOf(byIri[k]!), recordOf(byIri[end]!)) === 0) end++;
    const winner = byIri[k]!;
    winners[w++] = winner;
    if (end - k > 1) copies.set(winner, [...byIri.subarray(k + 1, end)]);
    for (let j = k; j < end; j++) {
      first[byIri[j]!] = winner;
      last[byIri[j]!] = byIri[end - 1]!;
    }
    k = end;
  }
  return { first, last, winners: winners.subarray(0, w), copies };
}

/**
 * Statements and edges the merge holds in memory per structure before it writes a sorted run to a file:
 * 65,536 (2 MB of statement keys). NEWSGRAPH_MERGE_RUN_RECORDS sets fewer (the tests make small runs spill).
 */
export const MERGE_RUN_RECORDS = runRecords(process.env.NEWSGRAPH_MERGE_RUN_RECORDS);

function runRecords(setting: string | undefined): number {
  const n = Number(setting);
  return setting && Number.isInteger(n) && n >= 1 ? n : 1 << 16;
}

/**
 * The folder for the merge's spilled records, inside the folder the outputs are written to (the run's
 * `.newsgraph/staging/`, which the next run empties): made empty here, deleted when the merge ends.
 */
function spillDir(dir: string): string {
  const spill = join(dir, 'merge-spill');
  rmSync(spill, { recursive: true, force: true });
  mkdirSync(spill, { recursive: true });
  return spill;
}

const json = <T>(buf: Buffer): T => JSON.parse(buf.toString('utf8')) as T;

const ENTITIES_KEY = Buffer.from('},"entities":[', 'utf8');

/**
 * A report piece's entities and statements, for the report's statement pass, without decoding and parsing
 * its document again (its text and spans, 11 of the 11.7 MB of report sections of the 294 ISW reports,
 * parsed once already by the document pass). The piece is `{"doc":{…},"entities":[…],"statements":[…]}`
 * (JSON.stringify of reportPiece's object): a quote inside a JSON string is escaped, so the first
 * `},"entities":[` is where the document object ends, and none is found if the layout ever changes (then
 * the whole piece is parsed).
 */
function statementsOf(bytes: Buffer): Pick<ReportPiece, 'entities' | 'statements'> {
  const at = bytes.indexOf(ENTITIES_KEY);
  if (at === -1) return json<ReportPiece>(bytes);
  return JSON.parse(`{${bytes.toString('utf8', at + 2)}`) as Pick<ReportPiece, 'entities' | 'statements'>;
}

const TEXT_KEY = Buffer.from(',"text":"', 'utf8');
const SPANS_KEY = Buffer.from(',"spans":[', 'utf8');

/**
 * Where a report piece's document text is, as its JSON string (quotes included), in the piece's bytes: the
 * piece is `{"doc":{"iri":…,"path":…,"text":"…","spans":[…]…},…}` (reportPiece's key order) and every quote
 * inside a JSON string is escaped, so the first `,"text":"` is the key and the first quote after it with an
 * even run of backslashes before it ends the string. Undefined if the layout is not that (then the piece is
 * parsed whole).
 */
export function textJsonRange(bytes: Buffer): [start: number, end: number] | undefined {
  const key = bytes.indexOf(TEXT_KEY);
  if (key === -1) return undefined;
  const start = key + TEXT_KEY.length - 1;
  let end = start;
  for (;;) {
    end = bytes.indexOf(0x22, end + 1);
    if (end === -1) return undefined;
    let backslashes = 0;
    while (bytes[end - 1 - backslashes] === 0x5c) backslashes++;
    if (backslashes % 2 === 0) break;
  }
  end++;
  if (end + SPANS_KEY.length > bytes.length || bytes.compare(SPANS_KEY, 0, SPANS_KEY.length, end, end + SPANS_KEY.length) !== 0) return undefined;
  return [start, end];
}

/**
 * The streaming merge: turns the run's shard records into graph.jsonld, graph.nq, triples.tsv,
 * report.html and manifest.json in `dir`, each written by its sink one piece at a time. What it holds
 * in memory is what only the whole run can decide — entities merged by IRI with their names and edges,
 * the sorted statement index (32 bytes a statement), a few numbers per document — never the mentions or
 * texts, which stay in the shards and are copied from them in the order each file needs:
 *
 * - documents in the run's order (by id) decide the entity merge, the report's documents and messages;
 * - a long document in parts (shard/format.ts) is one document: its parts' records follow each other, their
 *   entities merge by IRI as across documents, and its named graph has its node, then each part's fragments
 *   (each part's sorted by IRI), its edges, then each part's statements (each part's in IRI order), its
 *   N-Quads each part's fragment lines then the node's — a stable order, though not one sort over the whole
 *   document; large sections are copied in chunks, never read whole;
 * - a document read from several files counts once in the graph: its first reading, with every path;
 * - graph.jsonld is sorted by named graph (named-graphs.ts), then node IRI: each document's graph (…/doc/:
 *   the document with its fragments, the edges its statements give (…/id/), its statements (…/stmt/)),
 *   the entity graph, the vocabulary graph; graph.nq by line, which is by subject: documents, entities
 *   with their edges and the vocabulary (…/id/ < …/ns#), statements; triples.tsv and
 *   the report's statements by document IRI, then evidence offset and IRI (each document's rows are sorted
 *   in its shard).
 */
export async function mergeShards(input: MergeInput, dir: string, onPhase?: (phase: MergePhase) => void | Promise<void>): Promise<RunSummary> {
  const started = input.started ?? performance.now();
  const table = input.records;
  const reader = new ShardReader();
  // The statement index's and the edge table's records past what they hold in memory (external-sort.ts, spill-columns.ts).
  const spill = spillDir(dir);
  const statements = new StatementIndex(spill, input.runRecords ?? MERGE_RUN_RECORDS);
  /** The edges the statements of each document read first give. */
  const edges = new EdgeTable(spill, input.runRecords ?? MERGE_RUN_RECORDS);
  try {
    const read = (file: string, position: number, length: number): Buffer => reader.view(file, position, length);
    const headerOf = (i: number): RecordHeader => table.header(i, read);
    const docs = documentOrder(table, headerOf);
    const { first: firstOf, last: lastOf, winners, copies } = readings(table, docs);
    /** Record number k (in document order) → its place in the shards. */
    const place = (k: number) => table.place(docs.order[k]!);
    /** Each document's IRI, from its first record. */
    const iriOf = (d: number): string => table.iri(docs.order[docs.start[d]!]!);
    /** The record of a document with its node (a long document's last part). */
    const nodeRecord = (d: number): number => docs.start[d + 1]! - 1;

    const turn = loopTurns();
    await onPhase?.('index');
    // Let go once merged (`result`): its tallies (two maps and two sets per entity) are the largest per-entity state.
    let merger: EntityMerger | undefined = new EntityMerger();
    /** Per record of a document read first: its statements' entries in the statement index, [first, first + count). */
    const firstStatement = new Uint32Array(table.size);
    const statementCount = new Uint32Array(table.size);
    const predicates = new Set<string>();
    const rules = new Set<string>();
    let rows = 0;
    let mentions = 0;
    let dates = 0;
    for (let i = 0; i < docs.count; i++) {
      await turn();
      for (let k = docs.start[i]!; k < docs.start[i + 1]!; k++) {
        // The header and the merge section, which follows it, in one read.
        const [file, headerStart, headerLength] = table.headerSpan(docs.order[k]!);
        const at = place(k);
        const bytes = reader.view(file, headerStart, headerLength + at.sections[0]!);
        const header = decodeHeader(bytes.toString('utf8', 0, headerLength - 1));
        const merge = JSON.parse(bytes.toString('utf8', headerLength)) as MergeSection;
        merger!.add(merge.entities);
        mentions += header.counts.mentions;
        dates += header.counts.dates;
        if (firstOf[i] !== i) continue;
        rows += header.rows;
        edges.addDocument(i, merge.edges);
        for (const [, p, , rule] of merge.edges) {
          predicates.add(p);
          rules.add(rule);
        }
        let offset = sectionStart(at, 'stmts');
        firstStatement[k] = statements.size;
        statementCount[k] = merge.statements.length;
        for (const [hex, jsonLength, nqLength] of merge.statements) {
          statements.add(hex, k, offset, jsonLength, nqLength);
          offset += jsonLength + nqLength;
        }
      }
    }
    const entities = merger!.result();
    merger = undefined;
    const byIri = new Map<string, GraphEntity>();
    for (const e of entities.values()) byIri.set(entityIri(e.key), e);
    // Entity nodes are made when written (graph.jsonld, graph.nq), not kept: they are the entities again.
    const entityNodeOf = (iri: string): JsonLdNode | undefined => {
      const e = byIri.get(iri);
      return e && entityNode(e, iri);
    };

    /** A document's node, with the paths and hashes of its other readings when it was read more than once. */
    const documentNode = (i: number): JsonLdNode | undefined => {
      const others = copies.get(i);
      if (!others) return undefined;
      const node = json<JsonLdNode>(reader.sections(place(nodeRecord(i)), 'docJsonld'));
      for (const other of others) addSource(node, headerOf(docs.order[docs.start[other]!]!).doc);
      return node;
    };

    await onPhase?.('graph.jsonld');
    const jsonld = await JsonLdSink.open(join(dir, OUTPUT_FILES.jsonld));
    for (const i of winners) {
      await turn();
      jsonld.graph(namedGraphOf({ document: iriOf(i) }));
      const node = documentNode(i);
      await jsonld.nodes(node ? nodeJson(node) : reader.source(place(nodeRecord(i)), 'docJsonld'));
      for (let k = docs.start[i]!; k < docs.start[i + 1]!; k++) await jsonld.nodes(reader.source(place(k), 'fragJsonld'));
      for (const edgeNode of edges.edgeSet(i).nodes()) await jsonld.nodes(nodeJson(edgeNode));
      for (let k = docs.start[i]!; k < docs.start[i + 1]!; k++) {
        // A record's statements are one run of its shard (JSON-LD node, N-Quads, next statement …): one read.
        const stmts = reader.sectionsView(place(k), 'stmts');
        const lengths = statements.lengths(firstStatement[k]!, statementCount[k]!);
        for (let e = 0, offset = 0; e < statementCount[k]!; e++) {
          await jsonld.nodes(stmts.subarray(offset, offset + lengths[2 * e]!));
          offset += lengths[2 * e]! + lengths[2 * e + 1]!;
        }
      }
    }
    jsonld.graph(namedGraphOf('entities'));
    for (const iri of [...byIri.keys()].sort()) await jsonld.nodes(nodeJson(entityNodeOf(iri)!));
    jsonld.graph(namedGraphOf('vocabulary'));
    for (const node of vocabularyNodes().sort(byNodeId)) await jsonld.nodes(nodeJson(node));
    await jsonld.close();

    await onPhase?.('graph.nq');
    const nq = await NQuadsSink.open(join(dir, OUTPUT_FILES.nquads));
    for (const i of winners) {
      await turn();
      const node = documentNode(i);
      for (let k = docs.start[i]!; k < docs.start[i + 1]!; k++) await nq.lines(reader.source(place(k), 'fragNq'));
      await nq.lines(node ? quadsText([node], namedGraphOf({ document: node['@id'] })) : reader.source(place(nodeRecord(i)), 'docNq'));
    }
    // Entities, their edges (in the graphs of the documents that state them) and the vocabulary, subject by
    // subject in line order: each subject's nodes are put together only when its lines are written.
    const vocabularyNodeOf = new Map(vocabularyNodes().map((n) => [n['@id'], n]));
    // Documents' graph terms (<…/doc/HEX>, all of one length) sort as their IRIs: in the order of `winners`,
    // the only documents with edges.
    const docRank = new Uint32Array(docs.count).fill(0xffffffff);
    winners.forEach((d, r) => (docRank[d] = r));
    const edgesBySubject = edges.bySubject({ subject: subjectTerm, predicate: edgeTerms.predicate, object: edgeTerms.object, docRank });
    function* edgeRests(term: string): Generator<string> {
      for (const [id, predicate, object, doc] of edgesBySubject.edgesOfTerm(term)) {
        const rest = edgeLineRest(id, predicate, object, namedGraphOf({ document: iriOf(doc) }));
        if (rest !== undefined) yield rest;
      }
    }
    const subjects = [...new Set([...byIri.keys(), ...vocabularyNodeOf.keys(), ...edgesBySubject.subjects])]
      .map((id) => [subjectTerm(id), id] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let k = 0; k < subjects.length; ) {
      await turn();
      // Ids that expand to the same subject make one block of lines, sorted and distinct (as graphQuadBlocks
      // gives them). A subject's edges come from the edge table already in line order, each line made when it
      // is written: as EdgeSet nodes (a Map, a Set and a node per document), then as line strings sorted
      // together, the edges of the run's most named entity held ~550 MB, then ~400 MB, at 500 MB of input.
      const graphs: NamedGraph[] = [];
      const term = subjects[k]![0];
      const from = k;
      for (; k < subjects.length && subjects[k]![0] === term; k++) {
        const id = subjects[k]![1];
        const entity = entityNodeOf(id);
        if (entity) graphs.push({ '@id': namedGraphOf('entities'), '@graph': [entity] });
        const vocabulary = vocabularyNodeOf.get(id);
        if (vocabulary) graphs.push({ '@id': namedGraphOf('vocabulary'), '@graph': [vocabulary] });
      }
      const rests = [...graphQuadBlocks(graphs)].flatMap((block) => block.rests);
      let edgeRun: Iterator<string> | undefined = edgeRests(term);
      // Several ids of one subject (never seen in practice): their edges come id by id, and are sorted with the rest.
      if (k - from > 1) {
        for (let r = edgeRun.next(); !r.done; r = edgeRun.next()) rests.push(r.value);
        edgeRun = undefined;
      }
      rests.sort();
      let last: string | undefined;
      for (const rest of mergeSorted(rests, edgeRun)) {
        if (rest !== last) await nq.lines(`${term}${rest}\n`);
        last = rest;
      }
    }
    for (const s of statements.linesInIriOrder()) {
      await turn();
      await nq.lines(reader.view(place(s.record).file, s.offset, s.length));
    }
    await nq.close();

    // The report's run id hashes its documents' IRIs, then its statements' IRIs (in triples.tsv's order).
    const runHash = createHash('sha256');
    for (let d = 0; d < docs.count; d++) runHash.update(`${iriOf(d)}\n`);
    await onPhase?.('triples.tsv');
    const tsv = await TsvSink.open(join(dir, OUTPUT_FILES.tsv));
    for (const i of winners) {
      await turn();
      for (let k = docs.start[i]!; k < docs.start[i + 1]!; k++) {
        for (const cells of json<string[][]>(reader.sectionsView(place(k), 'tsv'))) {
          await tsv.row(cells, byIri.get(cells[8]!)!, byIri.get(cells[9]!)!);
          runHash.update(`${cells[10]}\n`);
        }
      }
    }
    await tsv.close();

    const summary: RunSummary = {
      ...input.files.tally,
      documents: docs.count,
      entities: entities.size,
      statements: rows,
      mentions,
      dates,
    };

    await onPhase?.('report.html');
    const predicateList = [...predicates].sort();
    const ruleList = [...rules].sort();
    const predicateIndex = new Map(predicateList.map((p, i) => [p, i]));
    const ruleIndex = new Map(ruleList.map((r, i) => [r, i]));
    const entityIndex = new Map([...byIri.keys()].map((iri, i) => [iri, i]));
    const tables = (doc: number) => ({
      entity: (iri: string) => entityIndex.get(iri)!,
      predicate: (p: string) => predicateIndex.get(p)!,
      rule: (r: string) => ruleIndex.get(r)!,
      doc,
    });
    const report = await ReportSink.open(join(dir, OUTPUT_FILES.report), {
      run: runHash.digest('hex').slice(0, 16),
      summary: reportSummary(input.pipeline.name, summary),
      predicates: predicateList,
      rules: ruleList,
      types: SPAN_TYPES,
      entities: [...byIri].map(([iri, e]) => reportEntity(e, iri)),
    });
    const reportDoc = (k: number, i: number) => indexDocument(json<ReportPiece>(reader.sectionsView(place(k), 'report')), tables(i));
    /** A document of one record: its text's JSON copied from the shard, the rest of its piece parsed. */
    const reportWholeDoc = async (k: number, i: number): Promise<void> => {
      const bytes = reader.sectionsView(place(k), 'report');
      const text = textJsonRange(bytes);
      if (!text) return report.document(indexDocument(json<ReportPiece>(bytes), tables(i)));
      const piece = JSON.parse(`${bytes.toString('utf8', 0, text[0])}""${bytes.toString('utf8', text[1])}`) as ReportPiece;
      await report.documentWithTextJson(indexDocument(piece, tables(i)), bytes.subarray(text[0], text[1]));
    };
    for (let i = 0; i < docs.count; i++) {
      await turn();
      const [from, to] = [docs.start[i]!, docs.start[i + 1]!];
      if (to - from === 1) await reportWholeDoc(from, i);
      else
        await report.documentInParts(function* () {
          for (let k = from; k < to; k++) yield reportDoc(k, i);
        });
    }
    for (const i of winners) {
      await turn();
      for (let k = docs.start[i]!; k < docs.start[i + 1]!; k++) {
        const piece = statementsOf(reader.sectionsView(place(k), 'report'));
        for (const statement of indexStatements(piece, tables(lastOf[i]!))) await report.statement(statement);
      }
    }
    await report.close();

    await onPhase?.('manifest.json');
    input.timings.write = performance.now() - started;
    await writeManifest(join(dir, OUTPUT_FILES.manifest), {
      pipeline: input.pipeline,
      summary,
      outputs: { ...OUTPUT_FILES },
      notes: input.notes,
      files: input.files.entries(),
      messages: (function* () {
        for (let k = 0; k < table.size; k++) yield* headerOf(docs.order[k]!).messages;
      })(),
      timings: input.timings,
    });
    return summary;
  } finally {
    reader.close();
    statements.close();
    edges.close();
    rmSync(spill, { recursive: true, force: true });
  }
}

/**
 * Lets the event loop turn every `everyMs` when awaited: the merge awaits almost only promises that are already
 * settled (its sinks write synchronously), so timers hardly ever ran while it did — among them, until
 * 2026-12-05, a heap pacer's forced collections (10 MB of 5 kB documents, one thread: peak RSS 254 → 243 MB);
 * an interrupt (SIGINT, src/cli/extract.ts) is handled only when the loop turns.
 */
function loopTurns(everyMs = 250): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    const now = performance.now();
    if (now - last < everyMs) return undefined;
    last = now;
    return new Promise((resolve) => setImmediate(resolve));
  };
}

/** Two sorted sequences of strings as one sorted sequence (`b` is read one item at a time). */
function* mergeSorted(a: readonly string[], b: Iterator<string> | undefined): Generator<string> {
  let i = 0;
  let next = b?.next();
  while (next !== undefined && !next.done) {
    if (i < a.length && a[i]! <= next.value) yield a[i++]!;
    else {
      yield next.value;
      next = b!.next();
    }
  }
  while (i < a.length) yield a[i++]!;
}
