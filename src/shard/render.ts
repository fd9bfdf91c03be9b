import type { DocResult } from '../model/doc-result.js';
import { entityMentions } from '../model/document.js';
import { codePointOffsets } from '../model/offsets.js';
import { byStatementOrder } from '../graph/build-graph.js';
import { documentGraph, fragmentsFor, type MentionLayer, type StatementFacts } from '../graph/document-graph.js';
import { quadsText } from '../graph/graph-quads.js';
import { namedGraphOf } from '../graph/named-graphs.js';
import { NODE_SEPARATOR, nodeJson } from '../graph/jsonld-text.js';
import { entityRecord } from '../graph/merge-entities.js';
import { byNodeId, type JsonLdNode } from '../graph/nodes.js';
import { reportPiece } from '../report/report-data.js';
import { tsvCells } from '../graph/tsv-row.js';
import { encodeRecord, type MergeSection, type RecordCounts, type RecordHeader, type Section } from './format.js';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

export function recordCounts(doc: DocResult): RecordCounts {
  return {
    sentences: doc.sentences.length,
    mentions: entityMentions(doc).length,
    dates: doc.dates.length,
    relations: doc.relations.length,
    entities: doc.entities.length,
  };
}

/**
 * One processed document as a shard record (format.ts): everything of the outputs that the document alone
 * decides is rendered here, where the document was processed — in a worker thread when there are several —
 * so the merge only puts pieces in order and fills in what the whole run decides (entities' names, edges).
 */
export function renderRecord(doc: DocResult, key: string, pipeline: string, mentions: MentionLayer = 'all'): { bytes: Buffer; header: Omit<RecordHeader, 'format' | 'version' | 'sections'> } {
  const graph = documentGraph(doc);
  const inDocument = namedGraphOf({ document: graph.iri });
  const fragments = [...fragmentsFor(graph, mentions)].sort(byNodeId);

  // Statement nodes: one per IRI (a repeated relation keeps its last node), in IRI order.
  const nodes = new Map<string, JsonLdNode>();
  for (const { node } of graph.statements) nodes.set(node['@id'], node);
  const statementIris = [...nodes.keys()].sort();
  const stmtPieces: Buffer[] = [];
  const statements: MergeSection['statements'] = [];
  for (const iri of statementIris) {
    const node = nodes.get(iri)!;
    const json = utf8(nodeJson(node));
    const nq = utf8(quadsText([node], inDocument));
    stmtPieces.push(json, nq);
    statements.push([iri.slice(iri.lastIndexOf('/') + 1), json.length, nq.length]);
  }

  const rows: StatementFacts[] = graph.statements.map((s) => s.facts).sort(byStatementOrder);
  const merge: MergeSection = {
    entities: doc.entities.map(entityRecord),
    edges: rows.map((r) => [r.subject, r.predicate, r.object, r.rule]),
    statements,
  };
  const cp = codePointOffsets(doc.text);
  const header = {
    pipeline,
    key,
    doc: { id: doc.id, path: doc.source.path, relPath: doc.source.relPath, ...(doc.source.recordId ? { recordId: doc.source.recordId } : {}), sha256: doc.source.sha256, iri: graph.iri },
    counts: recordCounts(doc),
    messages: doc.messages.map((m) => ({ document: doc.id, ...m, ...(m.span ? { span: { start: cp(m.span.start), end: cp(m.span.end) } } : {}) })),
    rows: rows.length,
  };
  const sections: Record<Section, Buffer> = {
    merge: utf8(JSON.stringify(merge)),
    docJsonld: utf8(nodeJson(graph.documentNode)),
    fragJsonld: utf8(fragments.map(nodeJson).join(NODE_SEPARATOR)),
    fragNq: utf8(quadsText(fragments, inDocument)),
    docNq: utf8(quadsText([graph.documentNode], inDocument)),
    stmts: Buffer.concat(stmtPieces),
    tsv: utf8(JSON.stringify(rows.map(tsvCells))),
    report: utf8(JSON.stringify(reportPiece(doc, graph.iri, rows))),
  };
  return { bytes: encodeRecord(header, sections), header };
}
