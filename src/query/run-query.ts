import type { Store } from './load-store.js';

/** A term as in the SPARQL 1.1 Query Results JSON format. */
export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode' | 'triple';
  value: string;
  datatype?: string;
  'xml:lang'?: string;
}

export type QueryResult =
  | { kind: 'bindings'; vars: string[]; rows: Record<string, SparqlTerm>[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'graph'; triples: [SparqlTerm, SparqlTerm, SparqlTerm][] };

/** A query Oxigraph could not parse or evaluate; the message shows where, when Oxigraph says. */
export class SparqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SparqlError';
  }
}

const RESULTS_JSON = 'application/sparql-results+json';
const GRAPH_RESULT = /not supported rdf format/i;

/**
 * The default graph of a query is the union of the named graphs (each document's graph, the entity and
 * vocabulary graphs: docs/output-contract.md), as in Virtuoso and in Jena TDB2 with tdb:unionDefaultGraph,
 * so a query needs no GRAPH clause to join a statement with the entities it names.
 */
const UNION = { use_default_graph_as_union: true } as const;

/**
 * Runs a SPARQL query. SELECT and ASK come back in the standard results JSON (which keeps the projected
 * variables even when nothing matches); CONSTRUCT and DESCRIBE, which Oxigraph refuses to write in that
 * format, are run again for their triples.
 */
export function runQuery(store: Store, sparql: string): QueryResult {
  let json: string;
  try {
    json = store.query(sparql, { ...UNION, results_format: RESULTS_JSON }) as string;
  } catch (err) {
    const message = (err as Error).message;
    if (GRAPH_RESULT.test(message)) return graphResult(store, sparql);
    throw new SparqlError(describeError(sparql, message));
  }
  const parsed = JSON.parse(json) as { head: { vars?: string[] }; boolean?: boolean; results?: { bindings: Record<string, SparqlTerm>[] } };
  if (typeof parsed.boolean === 'boolean') return { kind: 'boolean', value: parsed.boolean };
  return { kind: 'bindings', vars: parsed.head.vars ?? [], rows: parsed.results?.bindings ?? [] };
}

interface OxTerm {
  termType: string;
  value: string;
  datatype?: { value: string };
  language?: string;
}

function graphResult(store: Store, sparql: string): QueryResult {
  const quads = store.query(sparql, UNION) as unknown as { subject: OxTerm; predicate: OxTerm; object: OxTerm }[];
  return { kind: 'graph', triples: quads.map((q) => [toSparqlTerm(q.subject), toSparqlTerm(q.predicate), toSparqlTerm(q.object)]) };
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

function toSparqlTerm(t: OxTerm): SparqlTerm {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  if (t.termType === 'Quad') return { type: 'triple', value: String(t) };
  const term: SparqlTerm = { type: 'literal', value: t.value };
  if (t.language) term['xml:lang'] = t.language;
  else if (t.datatype && t.datatype.value !== XSD_STRING && t.datatype.value !== RDF_LANG_STRING) term.datatype = t.datatype.value;
  return term;
}

/**
 * "error at 3:2: expected …" → the message plus the query line it names. Oxigraph's column is not always
 * where the mistake is, so the line is shown without a caret.
 */
function describeError(sparql: string, message: string): string {
  const at = /\bat (\d+):\d+\b/.exec(message);
  const head = `invalid SPARQL query: ${message}`;
  const lineNo = at ? Number(at[1]) : 0;
  const line = lineNo > 0 ? sparql.split('\n')[lineNo - 1] : undefined;
  return line === undefined ? head : `${head}\n  ${lineNo} | ${line.trimEnd()}`;
}
