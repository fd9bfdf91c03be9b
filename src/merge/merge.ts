import { createHash } from 'node:crypto';
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
import { indexPiece, reportEntity, SPAN_TYPES, type ReportPiece } from '../report/report-data.js';
import { reportSummary } from '../report/summary.js';
import { sectionOffsets, type MergeSection } from '../shard/format.js';
import type { RecordRef } from '../shard/store.js';
import { JsonLdSink } from '../sinks/jsonld-sink.js';
import { writeManifest } from '../sinks/manifest.js';
import { NQuadsSink } from '../sinks/nquads-sink.js';
import { OUTPUT_FILES } from '../sinks/output-files.js';
import { ReportSink } from '../sinks/report-sink.js';
import { TsvSink } from '../sinks/tsv-sink.js';
import { EdgeTable } from './edge-table.js';
import { ShardReader } from './shard-reader.js';
import { StatementIndex } from './statement-index.js';

export interface MergeInput {
  /** One record per document of the run (a document read twice, from two files, has two). */
  records: readonly RecordRef[];
  pipeline: PipelineConfig;
  /** Every input file's report (manifest.json), with its status. */
  files: ReadonlyArray<{ status: string; problems?: readonly unknown[] }>;
  notes: string[];
  /** Stage times so far; the merge adds `write`, from `started` (performance.now()) to the manifest. */
  timings: Record<string, number>;
  started?: number;
}

export type MergePhase = 'index' | 'graph.jsonld' | 'graph.nq' | 'triples.tsv' | 'report.html' | 'manifest.json';

const byDocumentOrder = (a: RecordRef, b: RecordRef): number => {
  const x = a.header.doc;
  const y = b.header.doc;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : x.path < y.path ? -1 : x.path > y.path ? 1 : (a.header.part?.[0] ?? 0) - (b.header.part?.[0] ?? 0);
};

/** A document's records in text order: its one record, or the parts of a long document (shard/format.ts). */
interface DocumentRecords {
  iri: string;
  doc: RecordRef['header']['doc'];
  refs: RecordRef[];
  /** The record holding the document's node (a long document's last part). */
  node: RecordRef;
}

/** Records in document order, grouped by document: a part after the part before it joins that document. */
function documentsOf(records: readonly RecordRef[]): DocumentRecords[] {
  const docs: DocumentRecords[] = [];
  for (const ref of [...records].sort(byDocumentOrder)) {
    const last = docs.at(-1);
    const index = ref.header.part?.[0] ?? 0;
    const prev = last?.refs.at(-1)?.header;
    if (last && index > 0 && prev?.part?.[0] === index - 1 && prev.key === ref.header.key && prev.doc.id === ref.header.doc.id && prev.doc.path === ref.header.doc.path) {
      last.refs.push(ref);
      last.node = ref;
    } else {
      docs.push({ iri: ref.header.doc.iri, doc: ref.header.doc, refs: [ref], node: ref });
    }
  }
  return docs;
}

const json = <T>(buf: Buffer): T => JSON.parse(buf.toString('utf8')) as T;

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
  const docs = documentsOf(input.records);
  /** Every record, document by document: the statement index refers to records by their number here. */
  const records = docs.flatMap((d) => d.refs);
  const firstOf = new Map<string, number>();
  const lastOf = new Map<string, number>();
  const copies = new Map<number, Array<{ relPath: string; sha256: string }>>();
  docs.forEach(({ iri, doc }, i) => {
    const first = firstOf.get(iri);
    if (first === undefined) firstOf.set(iri, i);
    else copies.set(first, [...(copies.get(first) ?? []), doc]);
    lastOf.set(iri, i);
  });
  const winners = [...firstOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, i]) => i);

  const reader = new ShardReader();
  try {
    await onPhase?.('index');
    const merger = new EntityMerger();
    /** The edges the statements of each document read first give. */
    const edges = new EdgeTable();
    /** Per record of a document read first: its statements' entries in the statement index, [first, first + count). */
    const firstStatement = new Uint32Array(records.length);
    const statementCount = new Uint32Array(records.length);
    const predicates = new Set<string>();
    const rules = new Set<string>();
    const statements = new StatementIndex();
    let rows = 0;
    let mentions = 0;
    let dates = 0;
    /** Each document's first record's number. */
    const firstRecord = new Uint32Array(docs.length);
    let r = 0;
    docs.forEach((doc, i) => {
      firstRecord[i] = r;
      for (const ref of doc.refs) {
        const k = r++;
        const merge = json<MergeSection>(reader.sectionsView(ref, 'merge'));
        merger.add(merge.entities);
        mentions += ref.header.counts.mentions;
        dates += ref.header.counts.dates;
        if (firstOf.get(doc.iri) !== i) continue;
        rows += ref.header.rows;
        edges.addDocument(i, merge.edges);
        for (const [, p, , rule] of merge.edges) {
          predicates.add(p);
          rules.add(rule);
        }
        let at = ref.bodyStart + sectionOffsets(ref.header).offsets.stmts;
        firstStatement[k] = statements.size;
        statementCount[k] = merge.statements.length;
        for (const [hex, jsonLength, nqLength] of merge.statements) {
          statements.add(hex, k, at, jsonLength, nqLength);
          at += jsonLength + nqLength;
        }
      }
    });
    const entities = merger.result();
    const byIri = new Map<string, GraphEntity>();
    for (const e of entities.values()) byIri.set(entityIri(e.key), e);
    const entityNodes = [...byIri].map(([iri, e]) => entityNode(e, iri));
    const statementOrder = statements.sortedOrder();

    /** A document's node, with the paths and hashes of its other readings when it was read more than once. */
    const documentNode = (i: number): JsonLdNode | undefined => {
      const others = copies.get(i);
      if (!others) return undefined;
      const node = json<JsonLdNode>(reader.sections(docs[i]!.node, 'docJsonld'));
      for (const other of others) addSource(node, other);
      return node;
    };

    await onPhase?.('graph.jsonld');
    const jsonld = await JsonLdSink.open(join(dir, OUTPUT_FILES.jsonld));
    for (const i of winners) {
      const doc = docs[i]!;
      jsonld.graph(namedGraphOf({ document: doc.iri }));
      const node = documentNode(i);
      await jsonld.nodes(node ? nodeJson(node) : reader.chunks(doc.node, 'docJsonld'));
      for (const ref of doc.refs) await jsonld.nodes(reader.chunks(ref, 'fragJsonld'));
      for (const edgeNode of edges.edgeSet(i).nodes()) await jsonld.nodes(nodeJson(edgeNode));
      let k = firstRecord[i]!;
      for (const ref of doc.refs) {
        // A record's statements are one run of its shard (JSON-LD node, N-Quads, next statement …): one read.
        const stmts = reader.sectionsView(ref, 'stmts');
        const base = ref.bodyStart + sectionOffsets(ref.header).offsets.stmts;
        for (let e = firstStatement[k]!; e < firstStatement[k]! + statementCount[k]!; e++) {
          const s = statements.entry(e);
          await jsonld.nodes(stmts.subarray(s.offset - base, s.offset - base + s.jsonLength));
        }
        k++;
      }
    }
    jsonld.graph(namedGraphOf('entities'));
    for (const node of [...entityNodes].sort(byNodeId)) await jsonld.nodes(nodeJson(node));
    jsonld.graph(namedGraphOf('vocabulary'));
    for (const node of vocabularyNodes().sort(byNodeId)) await jsonld.nodes(nodeJson(node));
    await jsonld.close();

    await onPhase?.('graph.nq');
    const nq = await NQuadsSink.open(join(dir, OUTPUT_FILES.nquads));
    for (const i of winners) {
      const doc = docs[i]!;
      const node = documentNode(i);
      for (const ref of doc.refs) await nq.lines(reader.chunks(ref, 'fragNq'));
      await nq.lines(node ? quadsText([node], namedGraphOf({ document: node['@id'] })) : reader.chunks(doc.node, 'docNq'));
    }
    // Entities, their edges (in the graphs of the documents that state them) and the vocabulary, subject by
    // subject in line order: each subject's nodes are put together only when its lines are written.
    const entityNodeOf = new Map(entityNodes.map((n) => [n['@id'], n]));
    const vocabularyNodeOf = new Map(vocabularyNodes().map((n) => [n['@id'], n]));
    const edgesBySubject = edges.bySubject({ predicate: edgeTerms.predicate, object: edgeTerms.object, doc: (d) => edgeTerms.graph(namedGraphOf({ document: docs[d]!.iri })) });
    function* edgeRests(id: string): Generator<string> {
      for (const [predicate, object, doc] of edgesBySubject.edgesOf(id)) {
        const rest = edgeLineRest(id, predicate, object, namedGraphOf({ document: docs[doc]!.iri }));
        if (rest !== undefined) yield rest;
      }
    }
    const subjects = [...new Set([...entityNodeOf.keys(), ...vocabularyNodeOf.keys(), ...edgesBySubject.subjects])]
      .map((id) => [subjectTerm(id), id] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (let k = 0; k < subjects.length; ) {
      // Ids that expand to the same subject make one block of lines, sorted and distinct (as graphQuadBlocks
      // gives them). A subject's edges come from the edge table already in line order, each line made when it
      // is written: as EdgeSet nodes (a Map, a Set and a node per document), then as line strings sorted
      // together, the edges of the run's most named entity held ~550 MB, then ~400 MB, at 500 MB of input.
      const graphs: NamedGraph[] = [];
      const edgeRuns: Array<Iterator<string>> = [];
      const term = subjects[k]![0];
      for (; k < subjects.length && subjects[k]![0] === term; k++) {
        const id = subjects[k]![1];
        const entity = entityNodeOf.get(id);
        if (entity) graphs.push({ '@id': namedGraphOf('entities'), '@graph': [entity] });
        const vocabulary = vocabularyNodeOf.get(id);
        if (vocabulary) graphs.push({ '@id': namedGraphOf('vocabulary'), '@graph': [vocabulary] });
        edgeRuns.push(edgeRests(id));
      }
      const rests = [...graphQuadBlocks(graphs)].flatMap((block) => block.rests);
      // Several ids of one subject (never seen in practice): their edges are put together and sorted.
      if (edgeRuns.length > 1) for (const run of edgeRuns.splice(0)) for (let r = run.next(); !r.done; r = run.next()) rests.push(r.value);
      rests.sort();
      let last: string | undefined;
      for (const rest of mergeSorted(rests, edgeRuns[0])) {
        if (rest !== last) await nq.lines(`${term}${rest}\n`);
        last = rest;
      }
    }
    for (const i of statementOrder) {
      const s = statements.entry(i);
      await nq.lines(reader.view(records[s.record]!.file, s.offset + s.jsonLength, s.nqLength));
    }
    await nq.close();

    // The report's run id hashes its documents' IRIs, then its statements' IRIs (in triples.tsv's order).
    const runHash = createHash('sha256');
    for (const doc of docs) runHash.update(`${doc.iri}\n`);
    await onPhase?.('triples.tsv');
    const tsv = await TsvSink.open(join(dir, OUTPUT_FILES.tsv));
    for (const i of winners) {
      for (const ref of docs[i]!.refs) {
        for (const cells of json<string[][]>(reader.sectionsView(ref, 'tsv'))) {
          await tsv.row(cells, byIri.get(cells[8]!)!, byIri.get(cells[9]!)!);
          runHash.update(`${cells[10]}\n`);
        }
      }
    }
    await tsv.close();

    const summary: RunSummary = {
      files: input.files.length,
      ok: input.files.filter((f) => f.status === 'ok').length,
      failed: input.files.filter((f) => f.status === 'failed').length,
      skipped: input.files.filter((f) => f.status === 'skipped').length,
      failedRecords: input.files.reduce((n, f) => n + (f.problems?.length ?? 0), 0),
      documents: docs.length,
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
    const reportDoc = (ref: RecordRef, i: number) => indexPiece(json<ReportPiece>(reader.sectionsView(ref, 'report')), tables(i)).doc;
    for (const [i, doc] of docs.entries()) {
      if (doc.refs.length === 1) await report.document(reportDoc(doc.refs[0]!, i));
      else
        await report.documentInParts(function* () {
          for (const ref of doc.refs) yield reportDoc(ref, i);
        });
    }
    for (const i of winners) {
      for (const ref of docs[i]!.refs) {
        const piece = json<ReportPiece>(reader.sectionsView(ref, 'report'));
        for (const statement of indexPiece(piece, tables(lastOf.get(docs[i]!.iri)!)).statements) await report.statement(statement);
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
      files: input.files as unknown[],
      messages: records.flatMap((ref) => ref.header.messages),
      timings: input.timings,
    });
    return summary;
  } finally {
    reader.close();
  }
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
