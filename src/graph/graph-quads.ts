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
 * mention IRIs are new with every document, and a run-wide cache grew with the run (test/run/run-memory-growth).
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
  new QuadWriter(graph, out).write(nodes);
}

/**
 * writeQuads for several calls on one named graph and one ByteWriter (a record's fragments, its document
 * node, each of its statements): the line end and the IRI objects written by one call are copied by the
 * next (the bytes stay where they were written until the writer is reset, which must not happen between
 * calls). Each statement's own call cost ~1 µs of set-up and wrote its entities' IRIs again.
 */
export class QuadWriter {
  private readonly lines: LineWriter | undefined;

  constructor(graph: string, out: ByteWriter) {
    const end = lineEnd({ '@id': graph, '@graph': [] });
    this.lines = end === undefined ? undefined : new LineWriter(out, `${end}\n`);
  }

  write(nodes: readonly JsonLdNode[]): void {
    if (this.lines !== undefined) writeNodes(nodes, this.lines);
  }
}

function writeNodes(nodes: readonly JsonLdNode[], lines: LineWriter): void {
  const out = lines.out;
  const subjects = nodes.map((node) => subjectTerm(node['@id']));
  // Nodes usually come sorted by IRI (subjects in the same order unless escaping reorders them): sorted
  // already, they are not sorted again.
  let sorted = true;
  for (let i = 1; i < subjects.length && sorted; i++) sorted = subjects[i - 1]! <= subjects[i]!;
  const order = nodes.map((_, i) => i);
  if (!sorted) order.sort((a, b) => byString(subjects[a]!, subjects[b]!));
  const predicates: string[] = [];
  const objects: string[] = [];
  const quads: number[] = [];
  const ranks: number[] = [];
  const iris: IriObjects = new Map();
  for (let k = 0; k < order.length; ) {
    const subject = subjects[order[k]!]!;
    // A subject of one node (every node of a document's graph but in hand-made graphs) is written by its
    // shape's plan (writeNodeLines), straight into the buffer.
    if (k + 1 === order.length || subjects[order[k + 1]!] !== subject) {
      const node = nodes[order[k]!]!;
      const plan = planOf(node);
      if (plan !== null) {
        writeNodeLines(node, subject, plan, lines);
        k++;
        continue;
      }
    }
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
    lines.startNode(subject);
    let last = -1;
    for (const q of quads) {
      if (last !== -1 && predicates[q] === predicates[last] && objects[q] === objects[last]) continue;
      last = q;
      lines.start(predicateBytes(predicates[q]!));
      out.text(objects[q]!);
    }
  }
  lines.finish();
}

/**
 * The lines of one QuadWriter, written into its ByteWriter. What repeats line after line is encoded
 * once and copied (ByteWriter.repeat): the node's subject, the call's line end (its graph term), and each IRI
 * object already written in this call (a document's IRI, its entities' and classes' IRIs, in every phrase).
 * A line's end is written when the next line starts: between two lines of one node, the end and the subject
 * are one run of bytes, copied once from where it was first written.
 */
class LineWriter {
  private endAt = -1;
  private endEnd = -1;
  private subject = '';
  private subjectAt = -1;
  private subjectEnd = -1;
  /** Where "<line end><subject> " of the current node was first written, for its next lines. */
  private pairAt = -1;
  private pairEnd = -1;
  /** A line was started and its end is not written yet. */
  private open = false;
  /** IRI objects by value: where this call first wrote the term (`<iri>`), or NOT_ABSOLUTE. */
  readonly iris = new Map<string, WrittenTerm>();

  constructor(
    readonly out: ByteWriter,
    private readonly endText: string,
  ) {}

  /** The next lines are `subject`'s (written with the first of them). */
  startNode(subject: string): void {
    this.finish();
    this.subject = subject;
    this.subjectAt = -1;
    this.pairAt = -1;
  }

  /**
   * Starts a line: the subject, then `predicate` (written predicate and a space). A line's end (its graph term,
   * " .", the line break) is written here for the line before, or by finish for the last one.
   */
  start(predicate: Uint8Array): void {
    const out = this.out;
    if (this.subjectAt === -1) {
      this.subjectAt = out.length;
      out.text(this.subject);
      out.byte(32);
      this.subjectEnd = out.length;
    } else if (this.pairAt !== -1) out.repeat(this.pairAt, this.pairEnd);
    else {
      this.pairAt = out.length;
      this.writeEnd();
      out.repeat(this.subjectAt, this.subjectEnd);
      this.pairEnd = out.length;
    }
    this.open = true;
    out.bytes(predicate);
  }

  /** Writes the last line's end. */
  finish(): void {
    if (!this.open) return;
    this.open = false;
    this.writeEnd();
  }

  private writeEnd(): void {
    const out = this.out;
    if (this.endAt === -1) {
      this.endAt = out.length;
      out.text(this.endText);
      this.endEnd = out.length;
    } else out.repeat(this.endAt, this.endEnd);
  }

  /** A line whose object is IRI `value` (as a node holds it); none when it is no absolute IRI. */
  iriLine(predicate: Uint8Array, value: string): void {
    let term = this.iris.get(value);
    if (term === NOT_ABSOLUTE) return;
    const out = this.out;
    if (term === undefined) {
      const iri = expandIri(value, false);
      if (!ABSOLUTE_IRI.test(iri)) {
        this.iris.set(value, NOT_ABSOLUTE);
        return;
      }
      this.start(predicate);
      const from = out.length;
      out.text(iriTerm(iri));
      this.iris.set(value, { from, to: out.length });
    } else {
      this.start(predicate);
      out.repeat(term.from, term.to);
    }
  }
}

interface WrittenTerm {
  from: number;
  to: number;
}

const NOT_ABSOLUTE: WrittenTerm = { from: -1, to: -1 };

/** One key of a node shape, in its lines' order: what its values make. */
interface PlanEntry {
  key: string;
  /** The key's place among the shape's keys: writeNodeLines reads the value at this index of Object.values(node). */
  index: number;
  terms: KeyTerms;
  /** `@type`: values are class names. */
  type: boolean;
  /** The written predicate and a space, as UTF-8. */
  predicate: Uint8Array;
}

/**
 * A node shape (its keys, in order) as the order of its lines: keys sorted by written predicate, which is
 * the order the lines sort in when every key has its own predicate (values of one key are sorted among
 * themselves). Null when the shape needs the general path: a keyword it does not know (which throws there),
 * or two keys with one predicate.
 */
type Plan = PlanEntry[] | null;

class Shape {
  readonly next = new Map<string, Shape>();
  plan: Plan | undefined = undefined;
}

const shapes = new Shape();
let shapeCount = 0;
const SHAPES_MAX = 10_000;

function planOf(node: JsonLdNode): Plan {
  let shape = shapes;
  const keys = Object.keys(node);
  for (const key of keys) {
    let next = shape.next.get(key);
    if (next === undefined) {
      if (shapeCount >= SHAPES_MAX) return null;
      next = new Shape();
      shapeCount++;
      shape.next.set(key, next);
    }
    shape = next;
  }
  if (shape.plan === undefined) shape.plan = makePlan(keys);
  return shape.plan;
}

function makePlan(keys: readonly string[]): Plan {
  const entries: Array<PlanEntry & { text: string }> = [];
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (key === '@id') continue;
    if (key === '@type') {
      entries.push({ key, index, terms: { predicate: TYPE_PREDICATE, coercion: undefined, datatype: undefined }, type: true, predicate: Buffer.from(`${TYPE_PREDICATE} `, 'utf8'), text: TYPE_PREDICATE });
      continue;
    }
    if (key.startsWith('@')) return null;
    const terms = termsOf(key);
    if (terms.predicate === null) continue;
    entries.push({ key, index, terms, type: false, predicate: Buffer.from(`${terms.predicate} `, 'utf8'), text: terms.predicate });
  }
  entries.sort((a, b) => byString(a.text, b.text));
  for (let i = 1; i < entries.length; i++) if (entries[i]!.text === entries[i - 1]!.text) return null;
  return entries.map(({ key, index, terms, type, predicate }) => ({ key, index, terms, type, predicate }));
}

/**
 * One node's lines by its shape's plan, as the general path (nodeQuads, sorted by predicate rank and object)
 * writes them, but with each object written straight into the buffer: no string per object and line, no
 * sort. Values of one key that make several lines (types, lists) are made as strings and sorted.
 */
function writeNodeLines(node: JsonLdNode, subject: string, plan: PlanEntry[], lines: LineWriter): void {
  if (!ABSOLUTE_IRI.test(expandIri(node['@id'], false))) return;
  lines.startNode(subject);
  const out = lines.out;
  // The node's values in its keys' order, read by each entry's index: `node[entry.key]` was a keyed load on
  // nodes of a dozen shapes (megamorphic), the costliest line of this function in the CPU profile. With the
  // class pairs below: rendering shards 4.05 → 3.24 G instructions (cachegrind, 60 ISW reports three times) and
  // 0.943× CPU (median of 10 alternating passes over the 294 reports in one process), the same bytes.
  const values = Object.values(node);
  for (const entry of plan) {
    const value = values[entry.index];
    if (entry.type) {
      const types = asList(value);
      if (types.length === 1 && typeof types[0] === 'string') {
        const term = classBytesOf(types[0]);
        if (term !== null) {
          lines.start(entry.predicate);
          out.bytes(term);
        }
        continue;
      }
      if (types.length === 2 && typeof types[0] === 'string' && typeof types[1] === 'string') {
        // Every NIF phrase has two classes: their lines' bytes, sorted and distinct, are made once per pair.
        for (const term of classPairBytes(types[0], types[1])) {
          lines.start(entry.predicate);
          out.bytes(term);
        }
        continue;
      }
      const terms: string[] = [];
      for (const type of types) {
        if (typeof type !== 'string') throw new Error(`graph-quads: ${node['@id']}: @type values must be strings`);
        const term = classTermOf(type);
        if (term !== null) terms.push(term);
      }
      writeSorted(terms, entry.predicate, lines);
      continue;
    }
    if (!Array.isArray(value)) {
      writeValueLine(value, entry, node['@id'], lines);
      continue;
    }
    if (value.length === 1 && !Array.isArray(value[0])) {
      writeValueLine(value[0], entry, node['@id'], lines);
      continue;
    }
    const terms: string[] = [];
    for (const item of value) {
      if (Array.isArray(item)) throw new Error(`graph-quads: ${node['@id']} ${entry.key}: nested lists are not supported`);
      const object = objectTerm(item, entry.terms, node['@id'], entry.key);
      if (object !== undefined) terms.push(object);
    }
    writeSorted(terms, entry.predicate, lines);
  }
}

/** classTermOf's terms as UTF-8. */
const classBytes = new Map<string, Buffer | null>();

function classBytesOf(type: string): Buffer | null {
  let bytes = classBytes.get(type);
  if (bytes === undefined) {
    const term = classTermOf(type);
    bytes = term === null ? null : Buffer.from(term, 'utf8');
    if (classBytes.size < 10_000) classBytes.set(type, bytes);
  }
  return bytes;
}

/** The lines' objects of a pair of classes as writeSorted writes them (sorted, distinct, none for a class that is no absolute IRI), as UTF-8, by pair. */
const classPairs = new Map<string, Map<string, Buffer[]>>();

function classPairBytes(first: string, second: string): Buffer[] {
  let bySecond = classPairs.get(first);
  if (bySecond === undefined) {
    bySecond = new Map();
    if (classPairs.size < 1_000) classPairs.set(first, bySecond);
  }
  let bytes = bySecond.get(second);
  if (bytes === undefined) {
    const terms: string[] = [];
    for (const type of [first, second]) {
      const term = classTermOf(type);
      if (term !== null) terms.push(term);
    }
    terms.sort(byString);
    bytes = terms.filter((t, i) => i === 0 || t !== terms[i - 1]).map((t) => Buffer.from(t, 'utf8'));
    if (bySecond.size < 1_000) bySecond.set(second, bytes);
  }
  return bytes;
}

/** Lines of one predicate with the objects `terms` (written), sorted and distinct. */
function writeSorted(terms: string[], predicate: Uint8Array, lines: LineWriter): void {
  if (terms.length > 1) terms.sort(byString);
  for (let i = 0; i < terms.length; i++) {
    if (i > 0 && terms[i] === terms[i - 1]) continue;
    lines.start(predicate);
    lines.out.text(terms[i]!);
  }
}

/** Characters a literal needs escaped (LITERAL_ESCAPED), looked for without a regular expression in short texts. */
function plainLiteral(value: string): boolean {
  if (value.length > 256) {
    LITERAL_ESCAPED.lastIndex = 0;
    return !LITERAL_ESCAPED.test(value);
  }
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x7f) return false;
  }
  return true;
}

/** Written datatype suffixes (datatypeSuffix) as UTF-8. */
const suffixBytesOf = new Map<string, Buffer>();

function suffixBytes(datatype: string): Buffer {
  let bytes = suffixBytesOf.get(datatype);
  if (bytes === undefined) {
    bytes = Buffer.from(datatypeSuffix(datatype), 'utf8');
    if (suffixBytesOf.size < 1_000) suffixBytesOf.set(datatype, bytes);
  }
  return bytes;
}

/** Written doubles (doubleLiteral, xsd:double) as UTF-8, by value. */
const doubleBytesOf = new Map<number, Buffer>();

function doubleBytes(value: number): Buffer {
  let bytes = doubleBytesOf.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(doubleLiteral(value, XSD_DOUBLE), 'utf8');
    if (doubleBytesOf.size < DOUBLE_CACHE_MAX) doubleBytesOf.set(value, bytes);
  }
  return bytes;
}

/** The line of one value (objectTerm's object), written in pieces; none when the value makes no quad. */
function writeValueLine(value: unknown, entry: PlanEntry, id: string, lines: LineWriter): void {
  if (value === null || value === undefined) return;
  const terms = entry.terms;
  const out = lines.out;
  if (typeof value === 'string') {
    if (terms.coercion === '@id') return lines.iriLine(entry.predicate, value);
    const datatype = terms.datatype;
    if (datatype !== XSD_DOUBLE && plainLiteral(value)) {
      lines.start(entry.predicate);
      out.byte(34);
      out.text(value);
      out.byte(34);
      if (datatype !== undefined && datatype !== XSD_STRING) out.bytes(suffixBytes(datatype));
      return;
    }
  } else if (typeof value === 'number') {
    const datatype = terms.datatype;
    if (datatype === XSD_DOUBLE) {
      lines.start(entry.predicate);
      out.bytes(doubleBytes(value));
      return;
    }
    if (Number.isInteger(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER) {
      // objectTerm's `"${value.toFixed(0)}"^^<datatype>` (xsd:integer without one); an integer is no double here.
      lines.start(entry.predicate);
      out.byte(34);
      out.digits(value);
      out.byte(34);
      out.bytes(suffixBytes(datatype ?? XSD_INTEGER));
      return;
    }
  } else if (typeof value === 'object' && typeof (value as { '@id'?: unknown })['@id'] === 'string' && Object.keys(value).length === 1) {
    return lines.iriLine(entry.predicate, (value as { '@id': string })['@id']);
  }
  const object = objectTerm(value, terms, id, entry.key);
  if (object === undefined) return;
  lines.start(entry.predicate);
  out.text(object);
}

/** Written predicates and the space after them as UTF-8, by their text: a graph has a few dozen. */
const predicateBytesOf = new Map<string, Buffer>();

function predicateBytes(predicate: string): Buffer {
  let bytes = predicateBytesOf.get(predicate);
  if (bytes === undefined) {
    bytes = Buffer.from(`${predicate} `, 'utf8');
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
