import type { DocResult } from '../model/doc-result.js';
import type { StatementFacts, TextFrame } from '../graph/document-graph.js';
import { entityIri } from '../graph/iri.js';
import type { GraphEntity } from '../graph/merge-entities.js';
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

/**
 * A document's part of the report, made with the document alone: entity, predicate and rule references
 * are names (entity IRIs in `entities`, which `spans` and the statements index), and the run's merge
 * turns them into the run's table indices.
 */
export interface ReportPiece {
  doc: Omit<ReportDocument, 'spans'> & { spans: number[] };
  entities: string[];
  statements: Array<Omit<ReportStatement, 's' | 'o' | 'p' | 'r' | 'doc'> & { s: number; o: number; p: string; r: string }>;
}

export function reportEntity(e: GraphEntity, iri: string): ReportEntity {
  const ids = e.ref ? [e.ref.id, ...(e.ref.sameAs ?? [])] : [];
  return { iri, key: e.key, name: e.name, type: e.type, aliases: e.alternateNames, ids: sortedDistinct(ids), roles: e.roles };
}

const TYPE_INDEX = new Map<string, number>(SPAN_TYPES.map((t, i) => [t, i]));
const DATE_TYPE = TYPE_INDEX.get('Date')!;

/**
 * The document's report piece; `statements` in the report's order (evidence offset, then IRI). For a window
 * of a long document (`frame`), the piece's text is the window's and its offsets are the whole document's:
 * the merge puts the windows' pieces together into one document of the report.
 */
export function reportPiece(doc: DocResult, iri: string, statements: readonly StatementFacts[], frame?: TextFrame): ReportPiece {
  const offset = frame?.offset ?? 0;
  const entities: string[] = [];
  const local = new Map<string, number>();
  const entityRef = (entity: string): number => {
    let at = local.get(entity);
    if (at === undefined) local.set(entity, (at = entities.push(entity) - 1));
    return at;
  };
  const spans: [number, number, number, number][] = [];
  for (const m of doc.mentions) {
    // Demonyms ("Russian") stand for a country in relations but are not entity mentions: not colored.
    if (m.form === 'demonym') continue;
    const e = m.entity !== undefined ? doc.entities[m.entity] : undefined;
    spans.push([offset + m.start, offset + m.end, TYPE_INDEX.get(m.type)!, e ? entityRef(entityIri(e.key)) : -1]);
  }
  for (const d of doc.dates) spans.push([offset + d.start, offset + d.end, DATE_TYPE, -1]);
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1] || a[2] - b[2]);
  const out: ReportPiece['doc'] = { iri, path: doc.id, text: doc.text, spans: spans.flat() };
  const title = doc.source.title ?? doc.articles.find((a) => a.headline)?.headline?.text;
  if (title) out.title = title;
  const inText = codePointToUtf16(doc.text);
  const u16 = frame ? (cp: number) => offset + inText(cp - frame.codePoints) : inText;
  const span = (x: [number, number]): [number, number] => [u16(x[0]), u16(x[1])];
  const rows = statements.map((row) => {
    const s: ReportPiece['statements'][number] = {
      iri: row.iri,
      s: entityRef(row.subject),
      o: entityRef(row.object),
      p: row.predicate,
      r: row.rule,
      c: row.confidence,
      b: u16(row.begin),
      e: u16(row.end),
      ss: span(row.subjectSpan),
      os: span(row.objectSpan),
    };
    if (row.date !== undefined) s.date = row.date;
    if (row.dateSpan) s.ds = span(row.dateSpan);
    if (row.role) s.role = row.role;
    if (row.claimedBy) s.by = row.claimedBy;
    return s;
  });
  return { doc: out, entities, statements: rows };
}

/** A document's piece with the run's indices: entities by IRI, predicates, rules, and its own index. */
export function indexPiece(
  piece: ReportPiece,
  at: { entity: (iri: string) => number; predicate: (p: string) => number; rule: (r: string) => number; doc: number },
): { doc: ReportDocument; statements: ReportStatement[] } {
  return { doc: indexDocument(piece, at), statements: indexStatements(piece, at) };
}

/** indexPiece's document alone (the report's document pass needs no statements). */
export function indexDocument(piece: ReportPiece, at: { entity: (iri: string) => number }): ReportDocument {
  const ids = piece.entities.map(at.entity);
  const spans = piece.doc.spans.slice();
  for (let i = 3; i < spans.length; i += 4) if (spans[i]! >= 0) spans[i] = ids[spans[i]!]!;
  return { ...piece.doc, spans };
}

/**
 * indexPiece's statements alone (the statement pass needs no document), each made field by field: two object
 * rests and a spread per statement were 580 ms of a 6.9 s merge of the 294 ISW reports in one CPU profile
 * (load ≈ 5; 10 ms in another: V8 does not always take its slow path). With the two changes in
 * sinks/chunked-writer.ts and merge.ts, the merge of the same shards alternating with the former one in one
 * process (12 rounds, load 15): user CPU 1,248 against 1,353 ms (medians). The fields keep the order the rests
 * gave them (the optional ones, as the piece has them, last); encodeStatement reads them by name.
 */
export function indexStatements(
  piece: Pick<ReportPiece, 'entities' | 'statements'>,
  at: { entity: (iri: string) => number; predicate: (p: string) => number; rule: (r: string) => number; doc: number },
): ReportStatement[] {
  const ids = piece.entities.map(at.entity);
  return piece.statements.map((s): ReportStatement => {
    const out: ReportStatement = { iri: s.iri, s: ids[s.s]!, o: ids[s.o]!, p: at.predicate(s.p), r: at.rule(s.r), c: s.c, doc: at.doc, b: s.b, e: s.e, ss: s.ss, os: s.os };
    if (s.date !== undefined) out.date = s.date;
    if (s.ds !== undefined) out.ds = s.ds;
    if (s.role !== undefined) out.role = s.role;
    if (s.by !== undefined) out.by = s.by;
    return out;
  });
}

export function sortedDistinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
