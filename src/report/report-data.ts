import { createHash } from 'node:crypto';
import type { Graph, StatementRow } from '../graph/build-graph.js';
import { documentIri, entityIri } from '../graph/iri.js';
import type { GraphEntity } from '../graph/merge-entities.js';
import type { DocResult } from '../run/doc-result.js';
import type { ReportSummary } from './summary.js';
import { codePointToUtf16 } from '../model/offsets.js';

/** Span classes of the document view, in the order of their colors; `Date` marks date expressions. */
export const SPAN_TYPES = ['Person', 'Place', 'Organization', 'MilitaryUnit', 'Date'] as const;

/**
 * The data the report page works on, embedded once as JSON. It is shaped for size (20,000 statements and
 * their documents): names, predicates, rules and documents are tables referenced by index, evidence is not
 * repeated (it is a slice of the document's text) and all offsets are UTF-16 indices, as the browser's
 * strings use.
 */
export interface ReportData {
  /** Stable id of the run's content: the localStorage key of the verdicts and the run named in their export. */
  run: string;
  summary: ReportSummary;
  predicates: string[];
  rules: string[];
  types: readonly string[];
  entities: ReportEntity[];
  documents: ReportDocument[];
  statements: ReportStatement[];
}

export interface ReportEntity {
  iri: string;
  key: string;
  name: string;
  type: string;
  aliases: string[];
  /** Gazetteer id and external IRIs (owl:sameAs). */
  ids: string[];
  roles: string[];
}

export interface ReportDocument {
  iri: string;
  path: string;
  title?: string;
  text: string;
  /** Mentions and dates as flat quadruples: start, end, index into `types`, entity index (-1: none). */
  spans: number[];
}

export interface ReportStatement {
  iri: string;
  /** Subject and object: entity indices. */
  s: number;
  o: number;
  /** Predicate and rule: indices into `predicates` and `rules`. */
  p: number;
  r: number;
  /** Confidence 0–1. */
  c: number;
  /** Document index and the evidence sentence's start and end in its text. */
  doc: number;
  b: number;
  e: number;
  /** Subject, object and date spans in the document's text. */
  ss: [number, number];
  os: [number, number];
  date?: string;
  ds?: [number, number];
  role?: string;
  by?: string;
}

export function buildReportData(graph: Graph, documents: readonly DocResult[], summary: ReportSummary): ReportData {
  const entityIndex = new Map<string, number>();
  const entities: ReportEntity[] = [];
  for (const e of [...graph.entities.values()]) {
    const iri = entityIri(e.key);
    entityIndex.set(iri, entities.length);
    entities.push(reportEntity(e, iri));
  }

  const docIndex = new Map<string, number>();
  const docOffsets: ((cp: number) => number)[] = [];
  const reportDocs = documents.map((doc, i) => {
    const iri = documentIri(doc.text, doc.source.recordId);
    docIndex.set(iri, i);
    docOffsets.push(codePointToUtf16(doc.text));
    return reportDocument(doc, iri, entityIndex);
  });

  const predicates = sortedDistinct(graph.statements.map((s) => s.predicate));
  const rules = sortedDistinct(graph.statements.map((s) => s.rule));
  const predicateIndex = new Map(predicates.map((p, i) => [p, i]));
  const ruleIndex = new Map(rules.map((r, i) => [r, i]));

  const statements: ReportStatement[] = [];
  for (const row of graph.statements) {
    const doc = docIndex.get(row.document);
    const s = entityIndex.get(row.subject);
    const o = entityIndex.get(row.object);
    if (doc === undefined || s === undefined || o === undefined) continue;
    statements.push(reportStatement(row, { doc, s, o, p: predicateIndex.get(row.predicate)!, r: ruleIndex.get(row.rule)! }, docOffsets[doc]!));
  }

  return { run: runId(reportDocs, statements), summary, predicates, rules, types: SPAN_TYPES, entities, documents: reportDocs, statements };
}

function reportEntity(e: GraphEntity, iri: string): ReportEntity {
  const ids = e.ref ? [e.ref.id, ...(e.ref.sameAs ?? [])] : [];
  return { iri, key: e.key, name: e.name, type: e.type, aliases: e.alternateNames, ids: sortedDistinct(ids), roles: e.roles };
}

const TYPE_INDEX = new Map<string, number>(SPAN_TYPES.map((t, i) => [t, i]));
const DATE_TYPE = TYPE_INDEX.get('Date')!;

function reportDocument(doc: DocResult, iri: string, entityIndex: Map<string, number>): ReportDocument {
  const spans: [number, number, number, number][] = [];
  for (const m of doc.mentions) {
    // Demonyms ("Russian") stand for a country in relations but are not entity mentions: not colored.
    if (m.form === 'demonym') continue;
    const local = m.entity !== undefined ? doc.entities[m.entity] : undefined;
    const entity = local ? entityIndex.get(entityIri(local.key)) : undefined;
    spans.push([m.start, m.end, TYPE_INDEX.get(m.type)!, entity ?? -1]);
  }
  for (const d of doc.dates) spans.push([d.start, d.end, DATE_TYPE, -1]);
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1] || a[2] - b[2]);
  const out: ReportDocument = { iri, path: doc.id, text: doc.text, spans: spans.flat() };
  const title = doc.source.title ?? doc.articles.find((a) => a.headline)?.headline?.text;
  if (title) out.title = title;
  return out;
}

function reportStatement(
  row: StatementRow,
  at: { doc: number; s: number; o: number; p: number; r: number },
  u16: (cp: number) => number,
): ReportStatement {
  const span = (x: [number, number]): [number, number] => [u16(x[0]), u16(x[1])];
  const out: ReportStatement = {
    iri: row.iri,
    s: at.s,
    o: at.o,
    p: at.p,
    r: at.r,
    c: row.confidence,
    doc: at.doc,
    b: u16(row.begin),
    e: u16(row.end),
    ss: span(row.subjectSpan),
    os: span(row.objectSpan),
  };
  if (row.date !== undefined) out.date = row.date;
  if (row.dateSpan) out.ds = span(row.dateSpan);
  if (row.role) out.role = row.role;
  if (row.claimedBy) out.by = row.claimedBy;
  return out;
}

/** Same documents and statements → same id, so verdicts survive re-running the same batch. */
function runId(documents: readonly ReportDocument[], statements: readonly ReportStatement[]): string {
  const hash = createHash('sha256');
  for (const d of documents) hash.update(`${d.iri}\n`);
  for (const s of statements) hash.update(`${s.iri}\n`);
  return hash.digest('hex').slice(0, 16);
}

function sortedDistinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
