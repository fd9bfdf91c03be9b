import type { ByteWriter } from './byte-writer.js';
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
/** A node's subject as its lines begin with it: their sort key (see graphQuadBlocks). */
export const subjectTerm = (id: string): string => iriTerm(expandIri(id, false));
const literal = (value: string, datatype: string): string => `"${escapeLiteral(value)}"${datatypeSuffix(datatype)}`;

/** What follows a literal's quoted value: nothing for xsd:string, else `^^<datatype>` (escaped once per datatype, not per literal). */
const datatypeSuffixes = new Map<string, string>();

function datatypeSuffix(datatype: string): string {
  let suffix = datatypeSuffixes.get(datatype);
  if (suffix === undefined) {
    suffix = datatype === XSD_STRING ? '' : `^^${iriTerm(datatype)}`;
    if (datatypeSuffixes.size < 1_000) datatypeSuffixes.set(datatype, suffix);
  }
  return suffix;
}

/**
 * Written IRI objects (`<iri>`, or null when not absolute) by the value as the node holds it, for the nodes of
 * one writeQuads call (one document's fragments, one statement): a document's mentions name its IRI, their
 * entities' and classes' IRIs over and over, and expanding, testing and escaping them again each time was
 * about half of making the objects (CPU profile of `extract` on the ISW reports: expandIri, the absolute-IRI
 * test and iriTerm 234 ms of objectTerm's 485 ms). Per call, not per process: values such as document and
 * mention IRIs are new with every document, and a run-wide cache grew with the run (test/run/flat-memory).
 */
type IriObjects = Map<string, string | null>;

function iriObject(value: string, cache: IriObjects | undefined): string | undefined {
  let term = cache?.get(value);
  if (term === undefined) {
    const iri = expandIri(value, false);
    term = ABSOLUTE_IRI.test(iri) ? iriTerm(iri) : null;
    cache?.set(value, term);
  }
  return term ?? undefined;
}

const INTEGER_SUFFIX = `^^<${XSD_INTEGER}>`;

/** jsonld.js's canonical xsd:double form: 0.85 → "8.5E-1", 1 → "1.0E0". */
function canonicalDouble(value: number): string {
  return value.toExponential(15).replace(/(\d)0*e\+?/, '$1E');
}

/** A number jsonld.js writes as a double: it has a decimal point in JavaScript's own form, or is huge. */
const isDouble = (value: number): boolean => (Number.isInteger(value) ? Math.abs(value) >= 1e21 : String(value).includes('.') || Math.abs(value) >= 1e21);

/** What a property key decides about its quads, worked out once per key: a graph uses a few dozen. */
interface KeyTerms {
  /** The predicate as written (`<iri>`), or null when it makes no quads. */
  predicate: string | null;
  /** `@id` when values are IRIs, else undefined. */
  coercion: string | undefined;
  /** The expanded datatype of its literals when the context gives one. */
  datatype: string | undefined;
}

const keyTerms = new Map<string, KeyTerms>();

function termsOf(key: string): KeyTerms {
  let terms = keyTerms.get(key);
  if (terms === undefined) {
    const iri = expandIri(key, true);
    const coercion = coercions.get(key);
    terms = {
      predicate: ABSOLUTE_IRI.test(iri) ? iriTerm(iri) : null,
      coercion,
      datatype: coercion === undefined || coercion === '@id' ? undefined : expandIri(coercion, true),
    };
    keyTerms.set(key, terms);
  }
  return terms;
}

/** Written doubles by value: the graph repeats a few hundred confidences and coordinates millions of times. */
const doubleTerms = new Map<number, string>();
const DOUBLE_CACHE_MAX = 100_000;

function doubleLiteral(value: number, datatype: string): string {
  if (datatype !== XSD_DOUBLE) return literal(canonicalDouble(value), datatype);
  let term = doubleTerms.get(value);
  if (term === undefined) {
    term = literal(canonicalDouble(value), XSD_DOUBLE);
    if (doubleTerms.size < DOUBLE_CACHE_MAX) doubleTerms.set(value, term);
  }
  return term;
}

/** The RDF object, written, for one value of a property; undefined when it makes no quad. */
function objectTerm(value: unknown, terms: KeyTerms, nodeId: string, key: string, iris?: IriObjects): string | undefined {
  if (value === null || value === undefined) return undefined;
  const coercion = terms.coercion;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    const id = (value as { '@id'?: unknown })['@id'];
    if (keys.length !== 1 || typeof id !== 'string') throw new Error(`graph-quads: ${nodeId} ${key}: only {"@id": …} objects are supported as values`);
    return iriObject(id, iris);
  } else if (coercion === '@id') {
    if (typeof value !== 'string') throw new Error(`graph-quads: ${nodeId} ${key}: an @id-typed value must be a string`);
    return iriObject(value, iris);
  }
  const datatype = terms.datatype;
  if (typeof value === 'string') {
    if (datatype === XSD_DOUBLE) return doubleLiteral(parseFloat(value), XSD_DOUBLE);
    return literal(value, datatype ?? XSD_STRING);
  }
  if (typeof value === 'number') {
    if (isDouble(value) || datatype === XSD_DOUBLE) return doubleLiteral(value, datatype ?? XSD_DOUBLE);
    // Offsets and counts, millions of them: an integer's digits need no escaping.
    return datatype === undefined ? `"${value.toFixed(0)}"${INTEGER_SUFFIX}` : literal(value.toFixed(0), datatype);
  }
  if (typeof value === 'boolean') return literal(String(value), datatype ?? XSD_BOOLEAN);
  throw new Error(`graph-quads: ${nodeId} ${key}: unsupported value of type ${typeof value}`);
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

const TYPE_PREDICATE = iriTerm(RDF_TYPE);

/** The written class (`<iri>`) by compact class name (null when it is no absolute IRI): a graph has a dozen classes. */
const classTerms = new Map<string, string | null>();

function classTermOf(type: string): string | null {
  let term = classTerms.get(type);
  if (term === undefined) {
    const iri = expandIri(type, true);
    term = ABSOLUTE_IRI.test(iri) ? iriTerm(iri) : null;
    if (classTerms.size < 10_000) classTerms.set(type, term);
  }
  return term;
}

/**
 * One node's quads as written predicates and objects (parallel lists, appended to); false when its
 * subject is no absolute IRI (it makes no quads).
 */
function nodeQuads(node: JsonLdNode, predicates: string[], objects: string[], iris?: IriObjects): boolean {
  const subjectIri = expandIri(node['@id'], false);
  if (!ABSOLUTE_IRI.test(subjectIri)) return false;
  for (const key of Object.keys(node)) {
    if (key === '@id') continue;
    if (key === '@type') {
      for (const type of asList(node['@type'])) {
        if (typeof type !== 'string') throw new Error(`graph-quads: ${node['@id']}: @type values must be strings`);
        const term = classTermOf(type);
        if (term !== null) {
          predicates.push(TYPE_PREDICATE);
          objects.push(term);
        }
      }
      continue;
    }
    if (key.startsWith('@')) throw new Error(`graph-quads: ${node['@id']}: keyword ${key} is not supported`);
    const terms = termsOf(key);
    if (terms.predicate === null) continue;
    const values = node[key];
    if (!Array.isArray(values)) {
      const object = objectTerm(values, terms, node['@id'], key, iris);
      if (object !== undefined) {
        predicates.push(terms.predicate);
        objects.push(object);
      }
      continue;
    }
    for (const value of values) {
      if (Array.isArray(value)) throw new Error(`graph-quads: ${node['@id']} ${key}: nested lists are not supported`);
      const object = objectTerm(value, terms, node['@id'], key, iris);
      if (object !== undefined) {
        predicates.push(terms.predicate);
        objects.push(object);
      }
    }
  }
  return true;
}

/**
 * The rest of each of one node's lines after its subject (" <predicate> object <graph> ."), appended to
 * `out`; `end` is the line's end after the object (" <graph> ."). Returns the node's subject as written
 * (`<iri>`), or undefined when the node makes no quads.
 */
function nodeLineRests(node: JsonLdNode, end: string, out: string[]): string | undefined {
  const predicates: string[] = [];
  const objects: string[] = [];
  if (!nodeQuads(node, predicates, objects)) return undefined;
  for (let i = 0; i < predicates.length; i++) out.push(` ${predicates[i]} ${objects[i]}${end}`);
  return subjectTerm(node['@id']);
}

/**
 * The rest of the line (" <predicate> <object> <graph> .") that a direct edge `ng:<predicate>` from
 * `subject` to `object` makes in named graph `graph` — the line an EdgeSet node (nodes.ts) gives for it —
 * or undefined when it makes none (an IRI that is not absolute). For writing a subject's edges one at a
 * time, in an order worked out without their lines (merge.ts).
 */
export function edgeLineRest(subject: string, predicate: string, object: string, graph: string): string | undefined {
  if (!ABSOLUTE_IRI.test(expandIri(subject, false))) return undefined;
  const p = edgeTerms.predicate(predicate);
  const o = edgeTerms.object(object);
  const end = lineEnd({ '@id': graph, '@graph': [] });
  return p === undefined || o === undefined || end === undefined ? undefined : ` ${p} ${o}${end}`;
}

/**
 * The written terms of an edge line, each on its own. Each is `<…>` with no `>` inside, so no term is a
 * prefix of another and edge lines of one subject sort as (predicate, object, graph) terms sort, one by one.
 */
export const edgeTerms = {
  predicate: (predicate: string): string | undefined => termsOf(`ng:${predicate}`).predicate ?? undefined,
  // As objectTerm writes a `{"@id": …}` value.
  object: (object: string): string | undefined => {
    const iri = expandIri(object, false);
    return ABSOLUTE_IRI.test(iri) ? iriTerm(iri) : undefined;
  },
  graph: (graph: string): string | undefined => lineEnd({ '@id': graph, '@graph': [] })?.slice(1, -2),
};

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

/**
 * Each written predicate's place among all predicates seen, in string order: comparing two numbers instead of
 * two predicates that share most of their characters ("<http://persistence.uni-leipzig.org/…"). A graph has a
 * few dozen predicates; a new one renumbers them all.
 */
const predicateRanks = new Map<string, number>();

function predicateRank(predicate: string): number {
  let rank = predicateRanks.get(predicate);
  if (rank === undefined) {
    const sorted = [...predicateRanks.keys(), predicate].sort(byString);
    sorted.forEach((p, i) => predicateRanks.set(p, i));
    rank = predicateRanks.get(predicate)!;
  }
  return rank;
}

/** Sorts quad numbers by (predicate, object), by insertion: a node has a dozen quads, and Array#sort's comparator calls cost more. */
function sortQuads(quads: number[], ranks: readonly number[], objects: readonly string[]): void {
  for (let i = 1; i < quads.length; i++) {
    const q = quads[i]!;
    let j = i - 1;
    while (j >= 0) {
      const p = quads[j]!;
      const d = ranks[p]! - ranks[q]!;
      if (d < 0 || (d === 0 && objects[p]! <= objects[q]!)) break;
      quads[j + 1] = p;
      j--;
    }
    quads[j + 1] = q;
  }
}

/** The N-Quads text (lines with their line breaks) of some nodes of named graph `graph`: one document's, one statement's. */
export function quadsText(nodes: readonly JsonLdNode[], graph: string): string {
  return namedGraphsQuadsText([{ '@id': graph, '@graph': nodes as JsonLdNode[] }]);
}

/**
 * quadsText's lines written into a ByteWriter (see byte-writer.ts for why not a string), for nodes of one
 * named graph, as graphQuadBlocks orders them — without making each line's rest as a string to sort it.
 * Within one subject and one graph, lines differ only in predicate and object, and comparing
 * " <p> o <g> ." strings is comparing (p, o): a written predicate ends with ">", which it cannot hold
 * inside, so none is a prefix of another; when one object is a prefix of another (`"x"` and
 * `"x"^^<…>`), the shorter sorts first either way, because what follows it in the line (a space) is below
 * every character a written term continues with (controls and spaces are escaped). Rendering the NIF
 * phrases of the ISW reports spent 5.6 s of 17 s making, sorting and joining those rests (CPU profile).
 */
export function writeQuads(nodes: readonly JsonLdNode[], graph: string, out: ByteWriter): void {
  const end = lineEnd({ '@id': graph, '@graph': [] });
  if (end === undefined) return;
  const lineEndText = `${end}\n`;
  const subjects = nodes.map((node) => subjectTerm(node['@id']));
  const order = nodes.map((_, i) => i).sort((a, b) => byString(subjects[a]!, subjects[b]!));
  const predicates: string[] = [];
  const objects: string[] = [];
  const quads: number[] = [];
  const ranks: number[] = [];
  const iris: IriObjects = new Map();
  // Where this call's line end was first written, for copying it (ByteWriter.repeat).
  let endAt = -1;
  let endEnd = -1;
  for (let k = 0; k < order.length; ) {
    const subject = subjects[order[k]!]!;
    predicates.length = 0;
    objects.length = 0;
    let made = false;
    for (; k < order.length && subjects[order[k]!] === subject; k++) made = nodeQuads(nodes[order[k]!]!, predicates, objects, iris) || made;
    if (!made || predicates.length === 0) continue;
    quads.length = 0;
    ranks.length = 0;
    // Ranks read after every predicate of the node is known: a new one renumbers them.
    for (let i = 0; i < predicates.length; i++) predicateRank(predicates[i]!);
    for (let i = 0; i < predicates.length; i++) {
      quads.push(i);
      ranks.push(predicateRanks.get(predicates[i]!)!);
    }
    sortQuads(quads, ranks, objects);
    // The subject and the line end are encoded once and copied to the node's other lines; predicates are
    // encoded once per process (predicateBytes). With iriObject's cache and document-graph.ts making each
    // entity's IRI once: rendering the shards of ISW reports took 0.84x / 0.91x the CPU time of before
    // (medians of 21 rounds on 60 reports / 15 on 100, both builds alternating in one process, load 7–10;
    // same bytes).
    let subjectAt = -1;
    let subjectEnd = -1;
    let last = -1;
    for (const q of quads) {
      if (last !== -1 && predicates[q] === predicates[last] && objects[q] === objects[last]) continue;
      last = q;
      if (subjectAt === -1) {
        subjectAt = out.length;
        out.text(subject);
        out.byte(32);
        subjectEnd = out.length;
      } else out.repeat(subjectAt, subjectEnd);
      out.bytes(predicateBytes(predicates[q]!));
      out.byte(32);
      out.text(objects[q]!);
      if (endAt === -1) {
        endAt = out.length;
        out.text(lineEndText);
        endEnd = out.length;
      } else out.repeat(endAt, endEnd);
    }
  }
}

/** Written predicates as UTF-8, by their text: a graph has a few dozen. */
const predicateBytesOf = new Map<string, Buffer>();

function predicateBytes(predicate: string): Buffer {
  let bytes = predicateBytesOf.get(predicate);
  if (bytes === undefined) {
    bytes = Buffer.from(predicate, 'utf8');
    predicateBytesOf.set(predicate, bytes);
  }
  return bytes;
}

/** The N-Quads text of some named graphs, lines sorted. */
export function namedGraphsQuadsText(graphs: readonly NamedGraph[]): string {
  // Parts joined once, not `text +=`: the rope of a document's ~5,000 lines made Buffer.from flatten it
  // piece by piece, 41% of rendering a shard in the profile (ISW reports: 6.0 s of 14.4 s).
  const parts: string[] = [];
  for (const { subject, rests } of graphQuadBlocks(graphs)) for (const rest of rests) parts.push(subject, rest, '\n');
  return parts.join('');
}

/** The N-Quads text of a graph, for callers that want it in memory (small graphs). */
export function serializeNQuads(graph: { jsonld: { '@graph': NamedGraph[] } }): string {
  return namedGraphsQuadsText(graph.jsonld['@graph']);
}
