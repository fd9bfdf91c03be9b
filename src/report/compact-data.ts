import { entityIri } from '../graph/iri.js';
import { NS } from '../graph/vocabulary.js';
import type { ReportData, ReportDocument, ReportEntity, ReportStatement } from './report-data.js';

/**
 * The report's data as it is embedded in report.html: rows of arrays instead of objects with keys, and
 * the IRI prefixes every entity and statement share written once. At 100,000 statements this takes the
 * statements from ~250 to ~80 bytes each; in Chromium every megabyte of the page costs ~0.1 s before
 * anything shows (measured: a 60 MB page of inert text took 4.7–9.5 s to load at a load average of 10),
 * so bytes are what the load time is made of. The page's script (client-script.ts) decodes the same rows.
 */
export const PREFIXES = { entity: NS.id, statement: NS.stmt } as const;

export type ReportHead = Omit<ReportData, 'documents' | 'statements'>;
/** run, summary, predicates, rules, types, prefixes, and entities as rows. */
export interface CompactHead extends Omit<ReportHead, 'entities'> {
  prefixes: typeof PREFIXES;
  entities: CompactEntity[];
}
/** IRI ('' when it is the one entityIri makes of the key, else the prefixed form), key, name, type, then aliases, identifiers and roles when any. */
export type CompactEntity = [string, string, string, string, ...string[][]];
/** IRI, path, and the title when there is one. */
export type CompactDocMeta = [string, string] | [string, string, string];
/** What the document view needs and the table does not: the text and its spans. */
export type CompactDocBody = Pick<ReportDocument, 'text' | 'spans'>;
/**
 * IRI (prefixed form), subject, object, predicate, rule, confidence, document, evidence start; then the
 * evidence end and the subject's and object's spans relative to the evidence start; then, when there is
 * any, { date, ds, role, by }.
 */
export type CompactStatement = [string, number, number, number, number, number, number, number, number, number, number, number, number, Extras?];
type Extras = Pick<ReportStatement, 'date' | 'ds' | 'role' | 'by'>;

/** An IRI under the prefix is written without it; any other IRI is written whole behind a "!". */
const shorten = (iri: string, prefix: string): string => (iri.startsWith(prefix) ? iri.slice(prefix.length) : `!${iri}`);
const lengthen = (short: string, prefix: string): string => (short.startsWith('!') ? short.slice(1) : prefix + short);

export function encodeHead(head: ReportHead): CompactHead {
  return { ...head, prefixes: PREFIXES, entities: head.entities.map(encodeEntity) };
}

function encodeEntity(e: ReportEntity): CompactEntity {
  const row: CompactEntity = [e.iri === entityIri(e.key) ? '' : shorten(e.iri, PREFIXES.entity), e.key, e.name, e.type, e.aliases, e.ids, e.roles];
  while (row.length > 4 && (row[row.length - 1] as string[]).length === 0) row.pop();
  return row;
}

export function encodeDocMeta(doc: Pick<ReportDocument, 'iri' | 'path' | 'title'>): CompactDocMeta {
  return doc.title ? [doc.iri, doc.path, doc.title] : [doc.iri, doc.path];
}

export function encodeStatement(st: ReportStatement): CompactStatement {
  const b = st.b;
  const row: CompactStatement = [shorten(st.iri, PREFIXES.statement), st.s, st.o, st.p, st.r, st.c, st.doc, b, st.e - b, st.ss[0] - b, st.ss[1] - b, st.os[0] - b, st.os[1] - b];
  const extras: Extras = {};
  if (st.date !== undefined) extras.date = st.date;
  if (st.ds) extras.ds = st.ds;
  if (st.role) extras.role = st.role;
  if (st.by) extras.by = st.by;
  if (Object.keys(extras).length) row.push(extras);
  return row;
}

/** The inverse of the encoders, for reading a report back (tests, tools); the page's script does the same. */
export function decodeReport(head: CompactHead, metas: CompactDocMeta[], bodies: CompactDocBody[], rows: CompactStatement[]): ReportData {
  const { prefixes, entities, ...tables } = head;
  return {
    ...tables,
    entities: entities.map(([iri, key, name, type, aliases = [], ids = [], roles = []]) => ({ iri: iri === '' ? entityIri(key) : lengthen(iri, prefixes.entity), key, name, type, aliases, ids, roles })),
    documents: metas.map(([iri, path, title], d) => ({ iri, path, ...(title !== undefined ? { title } : {}), ...bodies[d]! })),
    statements: rows.map(([iri, s, o, p, r, c, doc, b, e, ss0, ss1, os0, os1, extras]) => ({
      iri: lengthen(iri, prefixes.statement), s, o, p, r, c, doc, b, e: b + e, ss: [b + ss0, b + ss1], os: [b + os0, b + os1], ...extras,
    })),
  };
}
