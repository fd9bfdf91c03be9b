import { NS } from '../graph/vocabulary.js';
import { ENTITY_GRAPH, VOCABULARY_GRAPH } from '../graph/named-graphs.js';
import type { TriplesByGraph } from './graphs-of-file.js';

/**
 * SPARQL 1.1 Update requests that put one output folder's graph into a store that may already hold
 * earlier batches, replacing instead of piling up (docs/graph-databases.md):
 *
 * - each document: the graphs of earlier readings of the same source (same `ng:sourcePath`, and the same
 *   `schema:identifier` for a JSONL/JSON record) are deleted — a changed text has a new document IRI —
 *   then its own graph is dropped and inserted again (a re-run with a new pipeline has the same IRI);
 * - the entity graph: every entity this batch describes has its quads there deleted as a whole, then the
 *   batch's description is inserted, so a single-valued property (schema:name, coordinates) holds one
 *   value, the latest batch's; entities this batch does not mention keep their description;
 * - the vocabulary graph is replaced.
 *
 * Each request is a few operations joined by " ;", small enough for an HTTP POST (inserts are cut into
 * pieces of `INSERT_CHUNK` triples: Virtuoso compiles each INSERT DATA into one SQL statement).
 */
const INSERT_CHUNK = 2000;
const VALUES_CHUNK = 500;
const SOURCE_PATH = `<${NS.ng}sourcePath>`;
const IDENTIFIER = `<${NS.schema}identifier>`;

function insertData(graph: string, triples: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < triples.length; i += INSERT_CHUNK) {
    out.push(`INSERT DATA { GRAPH <${graph}> {\n${triples.slice(i, i + INSERT_CHUNK).join('\n')}\n} }`);
  }
  return out;
}

/** The object term of the lines `<graph> <predicate> object .` of a document's own node. */
function ownValues(graph: string, predicate: string, triples: readonly string[]): string[] {
  const prefix = `<${graph}> ${predicate} `;
  return triples.filter((t) => t.startsWith(prefix)).map((t) => t.slice(prefix.length, -2));
}

/** Deletes the graphs of earlier readings of a document's sources (not the document's own graph: DROP does that). */
function earlierReadings(graph: string, triples: readonly string[]): string[] {
  const [identifier] = ownValues(graph, IDENTIFIER, triples);
  return ownValues(graph, SOURCE_PATH, triples).map((path) => {
    const same = identifier !== undefined ? `?g ${SOURCE_PATH} ${path} ; ${IDENTIFIER} ${identifier} .` : `?g ${SOURCE_PATH} ${path} . FILTER NOT EXISTS { ?g ${IDENTIFIER} ?anyId }`;
    return `DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ${same} ?s ?p ?o } FILTER (?g != <${graph}>) }`;
  });
}

/** The subjects of the entity graph's triples, each once, in order. */
function subjectsOf(triples: readonly string[]): string[] {
  return [...new Set(triples.map((t) => t.slice(0, t.indexOf('> ') + 1)))];
}

/** The update requests for one output folder's graph, documents first (in IRI order), then entities and vocabulary. */
export function* updateRequests(graphs: TriplesByGraph): Generator<string> {
  const names = [...graphs.keys()].sort();
  for (const graph of names) {
    if (graph === ENTITY_GRAPH || graph === VOCABULARY_GRAPH) continue;
    const triples = graphs.get(graph)!;
    const [first, ...rest] = insertData(graph, triples);
    yield [...earlierReadings(graph, triples), `DROP SILENT GRAPH <${graph}>`, first!].join(' ;\n');
    yield* rest;
  }
  const entities = graphs.get(ENTITY_GRAPH) ?? [];
  const subjects = subjectsOf(entities);
  for (let i = 0; i < subjects.length; i += VALUES_CHUNK) {
    yield `DELETE { GRAPH <${ENTITY_GRAPH}> { ?e ?p ?o } } WHERE { VALUES ?e { ${subjects.slice(i, i + VALUES_CHUNK).join(' ')} } GRAPH <${ENTITY_GRAPH}> { ?e ?p ?o } }`;
  }
  yield* insertData(ENTITY_GRAPH, entities);
  const vocabulary = graphs.get(VOCABULARY_GRAPH) ?? [];
  const [first, ...rest] = insertData(VOCABULARY_GRAPH, vocabulary);
  yield [`DROP SILENT GRAPH <${VOCABULARY_GRAPH}>`, ...(first ? [first] : [])].join(' ;\n');
  yield* rest;
}
