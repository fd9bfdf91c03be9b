import type { StatementRow } from './build-graph.js';

export const TSV_COLUMNS = [
  'subject', 'subject_type', 'predicate', 'object', 'object_type', 'date', 'confidence', 'rule', 'document', 'begin', 'end', 'evidence', 'subject_iri', 'object_iri', 'statement_iri',
] as const;

/** Tabs and line breaks inside a cell would break the row; they become spaces. */
const cell = (v: string | number | undefined): string => (v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** triples.tsv: one row per statement, for spot-checks in a spreadsheet or with grep/awk. */
export function serializeTsv(rows: readonly StatementRow[]): string {
  const lines = [TSV_COLUMNS.join('\t')];
  for (const r of rows) {
    lines.push(
      [r.subjectName, r.subjectType, r.predicate, r.objectName, r.objectType, r.date, r.confidence, r.rule, r.documentPath, r.begin, r.end, r.evidence, r.subject, r.object, r.iri]
        .map(cell)
        .join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}
