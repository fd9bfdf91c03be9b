/** One row of a SELECT result as comparable strings: numbers by value, so "0.85", "8.5E-1" and "0.85e0" agree. */
export type Row = Record<string, string>;

interface JsonTerm {
  type: string;
  value: string;
  datatype?: string;
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'int', 'long', 'nonNegativeInteger'].map((t) => XSD + t));

/** A term as a string that is the same in every store: IRIs and plain strings as they are, numbers as numbers. */
function termString(term: JsonTerm): string {
  if (term.datatype && NUMERIC.has(term.datatype)) return String(Number(term.value));
  if (term.datatype && term.datatype !== `${XSD}string`) return `${term.value}^^${term.datatype}`;
  return term.value;
}

/** SELECT results (SPARQL 1.1 Query Results JSON, as Virtuoso, Jena and Oxigraph write it) → rows. */
export function resultRows(json: string): Row[] {
  const parsed = JSON.parse(json) as { results: { bindings: Record<string, JsonTerm>[] } };
  return parsed.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, termString(v)])));
}

/** Rows as sorted strings, for comparing answers whose order the query leaves open. */
export function sortedRows(rows: readonly Row[]): string[] {
  return rows.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]]))).sort();
}
