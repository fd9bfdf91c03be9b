import { CONTEXT, NS } from './vocabulary.js';
import type { NamedGraph } from './named-graphs.js';
import type { JsonLdNode } from './nodes.js';

/**
 * The graph's N-Quads lines, made straight from its JSON-LD nodes and the project's own context.
 *
 * Why not `jsonld.toRDF`: it runs the general JSON-LD algorithms (expansion, node map) over the whole
 * document, which took 40 s and 4 GB for the graph of 5 MB of news — eight times the pipeline's time —
 * and builds one string that outgrows V8's string limit a little further on. The graph is written by
 * this project in one closed shape (node objects with compact-IRI keys, strings, numbers, `{"@id"}`
 * references, the inline context of vocabulary.ts), so the JSON-LD to RDF rules it needs are few; they
 * are spelled out below as JSON-LD 1.1 and jsonld.js apply them, and `test/graph/nquads.test.ts` checks
 * the lines against `jsonld.toRDF` on real and edge-case graphs. Terms are escaped as rdf-canonize (the
 * N-Quads writer of jsonld.js) escapes them — the tests compare the two on every ASCII character — and
 * each node's subject and each predicate are escaped once, not once per quad. A node shape this module
 * does not know throws instead of being written differently.
 */

const RDF_TYPE = `${NS.rdf}type`;
const XSD_STRING = `${NS.xsd}string`;
const XSD_BOOLEAN = `${NS.xsd}boolean`;
const XSD_INTEGER = `${NS.xsd}integer`;
const XSD_DOUBLE = `${NS.xsd}double`;

/** jsonld.js's test for an absolute IRI: quads with anything else are not RDF and are dropped. */
const ABSOLUTE_IRI = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/;

const prefixes = new Map<string, string>();
/** Term → its type coercion (`@id` or a compact datatype IRI). */
const coercions = new Map<string, string>();
for (const [term, definition] of Object.entries(CONTEXT)) {
  if (typeof definition === 'string') prefixes.set(term, definition);
  else coercions.set(term, definition['@type']);
}

/**
 * Expands a compact IRI ("schema:name") with the context's prefixes; an absolute IRI, or a value whose
 * part after the colon starts with "//", stays as it is. With `vocab`, a bare prefix name is its IRI.
 */
function expandIri(value: string, vocab: boolean): string {
  const colon = value.indexOf(':');
  if (colon === -1) return vocab ? (prefixes.get(value) ?? value) : value;
  if (value.startsWith('//', colon + 1)) return value;
  const prefix = prefixes.get(value.slice(0, colon));
  return prefix === undefined ? value : prefix + value.slice(colon + 1);
}

/** Characters rdf-canonize escapes in literals (as \uXXXX unless they have a short escape) and in IRIs. */
const LITERAL_ESCAPED = /[\u0000-\u001F\u007F"\\]/g;
const IRI_ESCAPED = /[\u0000-\u0020<>"{}|^`\\]/g;
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' };
const uEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export function escapeLiteral(value: string): string {
  LITERAL_ESCAPED.lastIndex = 0;
  return LITERAL_ESCAPED.test(value) ? value.replace(LITERAL_ESCAPED, (c) => SHORT_ESCAPES[c] ?? uEscape(c)) : value;
}

export function escapeIri(value: string): string {
  IRI_ESCAPED.lastIndex = 0;
  return IRI_ESCAPED.test(value) ? value.replace(IRI_ESCAPED, uEscape) : value;
}

/** An object term as written in a line: `<iri>` or `"literal"` with its datatype unless xsd:string. */
const iriTerm = (iri: string): string => `<${escapeIri(iri)}>`;
const literal = (value: string, datatype: string): string =>
  datatype === XSD_STRING ? `"${escapeLiteral(value)}"` : `"${escapeLiteral(value)}"^^${iriTerm(datatype)}`;

/** jsonld.js's canonical xsd:double form: 0.85 → "8.5E-1", 1 → "1.0E0". */
function canonicalDouble(value: number): string {
  return value.toExponential(15).replace(/(\d)0*e\+?/, '$1E');
}

/** A number jsonld.js writes as a double: it has a decimal point in JavaScript's own form, or is huge. */
const isDouble = (value: number): boolean => String(value).includes('.') || Math.abs(value) >= 1e21;

/** The RDF object, written, for one value of a property with `coercion`; undefined when it makes no quad. */
function objectTerm(value: unknown, coercion: string | undefined, where: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  let iri: string | undefined;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    const id = (value as { '@id'?: unknown })['@id'];
    if (keys.length !== 1 || typeof id !== 'string') throw new Error(`graph-quads: ${where}: only {"@id": …} objects are supported as values`);
    iri = expandIri(id, false);
  } else if (coercion === '@id') {
    if (typeof value !== 'string') throw new Error(`graph-quads: ${where}: an @id-typed value must be a string`);
    iri = expandIri(value, false);
  }
  if (iri !== undefined) return ABSOLUTE_IRI.test(iri) ? iriTerm(iri) : undefined;
  const datatype = coercion === undefined ? undefined : expandIri(coercion, true);
  if (typeof value === 'boolean') return literal(String(value), datatype ?? XSD_BOOLEAN);
  if (typeof value === 'number') {
    if (isDouble(value) || datatype === XSD_DOUBLE) return literal(canonicalDouble(value), datatype ?? XSD_DOUBLE);
    return literal(value.toFixed(0), datatype ?? XSD_INTEGER);
  }
  if (typeof value === 'string') {
    if (datatype === XSD_DOUBLE) return literal(canonicalDouble(parseFloat(value)), XSD_DOUBLE);
    return literal(value, datatype ?? XSD_STRING);
  }
  throw new Error(`graph-quads: ${where}: unsupported value of type ${typeof value}`);
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Written predicates by key: a graph uses a few dozen, each escaped once. */
const predicateTerms = new Map<string, string | null>();

function predicateTerm(key: string): string | null {
  let term = predicateTerms.get(key);
  if (term === undefined) {
    const iri = expandIri(key, true);
    predicateTerms.set(key, (term = ABSOLUTE_IRI.test(iri) ? iriTerm(iri) : null));
  }
  return term;
}

const TYPE_PREDICATE = iriTerm(RDF_TYPE);

/**
 * The rest of each of one node's lines after its subject (" <predicate> object <graph> ."), appended to
 * `out`; `end` is the line's end after the object (" <graph> ."). Returns the node's subject as written
 * (`<iri>`), or undefined when the node makes no quads.
 */
function nodeLineRests(node: JsonLdNode, end: string, out: string[]): string | undefined {
  const subjectIri = expandIri(node['@id'], false);
  if (!ABSOLUTE_IRI.test(subjectIri)) return undefined;
  for (const key of Object.keys(node)) {
    if (key === '@id') continue;
    if (key === '@type') {
      for (const type of asList(node['@type'])) {
        if (typeof type !== 'string') throw new Error(`graph-quads: ${node['@id']}: @type values must be strings`);
        const iri = expandIri(type, true);
        if (ABSOLUTE_IRI.test(iri)) out.push(` ${TYPE_PREDICATE} ${iriTerm(iri)}${end}`);
      }
      continue;
    }
    if (key.startsWith('@')) throw new Error(`graph-quads: ${node['@id']}: keyword ${key} is not supported`);
    const predicate = predicateTerm(key);
    if (predicate === null) continue;
    const coercion = coercions.get(key);
    for (const value of asList(node[key])) {
      if (Array.isArray(value)) throw new Error(`graph-quads: ${node['@id']} ${key}: nested lists are not supported`);
      const object = objectTerm(value, coercion, `${node['@id']} ${key}`);
      if (object !== undefined) out.push(` ${predicate} ${object}${end}`);
    }
  }
  return iriTerm(subjectIri);
}

/** One subject's lines: the subject as written, and the rests of its lines, sorted and distinct. */
export interface QuadBlock {
  subject: string;
  rests: string[];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The end of each line of a named graph's quads: its graph term (a relative name makes no quads, as in JSON-LD). */
function lineEnd(graph: NamedGraph): string | undefined {
  const iri = expandIri(graph['@id'], false);
  return ABSOLUTE_IRI.test(iri) ? ` ${iriTerm(iri)} .` : undefined;
}

/**
 * The quads of some named graphs in the order of their sorted N-Quads lines, without duplicates, one
 * subject at a time.
 *
 * Sorting 1.8M lines of 190 characters (5 MB of news) took seconds and held every line at once. But a
 * written subject ends with ">", which cannot occur inside it (it is escaped), so no subject is a prefix
 * of another: two lines with different subjects are ordered by their subjects alone, and each subject's
 * lines are one run of the sorted file. So nodes are sorted by written subject (nodes that expand to the
 * same IRI are merged, whatever their named graphs: the graph term ends each line), and only each node's
 * few lines are sorted.
 */
export function* graphQuadBlocks(graphs: readonly NamedGraph[]): Generator<QuadBlock> {
  const nodes: JsonLdNode[] = [];
  const ends: string[] = [];
  for (const graph of graphs) {
    const end = lineEnd(graph);
    if (end === undefined) continue;
    for (const node of graph['@graph']) {
      nodes.push(node);
      ends.push(end);
    }
  }
  const subjects = nodes.map((node) => iriTerm(expandIri(node['@id'], false)));
  const order = nodes.map((_, i) => i).sort((a, b) => byString(subjects[a]!, subjects[b]!));
  for (let k = 0; k < order.length; ) {
    const subject = subjects[order[k]!]!;
    const rests: string[] = [];
    let made: string | undefined;
    for (; k < order.length && subjects[order[k]!] === subject; k++) made = nodeLineRests(nodes[order[k]!]!, ends[order[k]!]!, rests) ?? made;
    if (made === undefined || rests.length === 0) continue;
    rests.sort();
    let kept = 0;
    for (let i = 0; i < rests.length; i++) if (i === 0 || rests[i] !== rests[kept - 1]) rests[kept++] = rests[i]!;
    rests.length = kept;
    yield { subject, rests };
  }
}

/** The N-Quads text (lines with their line breaks) of some nodes of named graph `graph`: one document's, one statement's. */
export function quadsText(nodes: readonly JsonLdNode[], graph: string): string {
  return namedGraphsQuadsText([{ '@id': graph, '@graph': nodes as JsonLdNode[] }]);
}

/** The N-Quads text of some named graphs, lines sorted. */
export function namedGraphsQuadsText(graphs: readonly NamedGraph[]): string {
  let text = '';
  for (const { subject, rests } of graphQuadBlocks(graphs)) for (const rest of rests) text += `${subject}${rest}\n`;
  return text;
}

/** The N-Quads text of a graph, for callers that want it in memory (small graphs). */
export function serializeNQuads(graph: { jsonld: { '@graph': NamedGraph[] } }): string {
  return namedGraphsQuadsText(graph.jsonld['@graph']);
}
