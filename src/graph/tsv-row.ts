import type { StatementFacts } from './document-graph.js';
import type { GraphEntity } from './merge-entities.js';

/** triples.tsv: one row per statement, for spot-checks in a spreadsheet or with grep/awk. */
export const TSV_COLUMNS = [
  'subject', 'subject_type', 'predicate', 'object', 'object_type', 'date', 'confidence', 'rule', 'document', 'begin', 'end', 'evidence', 'subject_iri', 'object_iri', 'statement_iri',
] as const;

export const TSV_HEADER = `${TSV_COLUMNS.join('\t')}\n`;

/** Tabs and line breaks inside a cell would break the row; they become spaces. */
const cell = (v: string | number | undefined): string => (v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/**
 * The cells of a statement's row that its document decides — predicate, date, confidence, rule, document,
 * begin, end, evidence, subject IRI, object IRI, statement IRI — written where the document is processed.
 */
export function tsvCells(r: StatementFacts): string[] {
  return [r.predicate, r.date, r.confidence, r.rule, r.documentPath, r.begin, r.end, r.evidence, r.subject, r.object, r.iri].map(cell);
}

/** The whole row, with the names and types of the run's entities (subject and object by IRI). */
export function tsvLine(cells: readonly string[], subject: GraphEntity, object: GraphEntity): string {
  return `${cell(subject.name)}\t${subject.type}\t${cells[0]}\t${cell(object.name)}\t${object.type}\t${cells.slice(1).join('\t')}\n`;
}

export const TSV_SUBJECT = 8;
export const TSV_OBJECT = 9;
