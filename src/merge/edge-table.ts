import { EdgeSet } from '../graph/nodes.js';
import { grown, StringIds } from '../model/compact.js';

/**
 * The direct edges (subject, predicate, object) of every document read first, as numbers: IRIs and
 * predicates are stored once, an edge is four 32-bit numbers (subject, predicate, object, document). A
 * Map of Maps of Sets per document, with each edge's IRIs parsed anew from its shard, held ~250 bytes an
 * edge until graph.nq was written — ~200 MB for 500 MB of news; this holds 16 bytes an edge.
 */
export class EdgeTable {
  /** IRIs and predicates by number. */
  private readonly strings = new StringIds();
  private readonly names = this.strings.names;
  private columns = new Uint32Array(4 * 1024);
  size = 0;
  /** Each document's edges are one run of the table, [runFirst[doc], runEnd[doc]) (8 bytes a document; a Map of pairs took ~80). */
  private runFirst = new Uint32Array(1024);
  private runEnd = new Uint32Array(1024);

  /**
   * A document's edges (repeated ones once, as EdgeSet keeps them). The parts of a long document add theirs
   * one after another to the same run; an edge two parts give is stored twice and given once by EdgeSet.
   */
  addDocument(doc: number, edges: ReadonlyArray<readonly [string, string, string, ...unknown[]]>): void {
    if (doc >= this.runFirst.length) this.growRuns(doc);
    const first = this.runEnd[doc]! > this.runFirst[doc]! ? this.runFirst[doc]! : this.size;
    const seen = new Set<string>();
    for (const [s, p, o] of edges) {
      const edge = [this.id(s), this.id(p), this.id(o)] as const;
      const key = edge.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      if (4 * (this.size + 1) > this.columns.length) this.columns = grown(this.columns, 2 * this.columns.length);
      this.columns.set([edge[0], edge[1], edge[2], doc], 4 * this.size++);
    }
    this.runFirst[doc] = first;
    this.runEnd[doc] = this.size;
  }

  private growRuns(doc: number): void {
    const n = Math.max(2 * this.runFirst.length, doc + 1);
    this.runFirst = grown(this.runFirst, n);
    this.runEnd = grown(this.runEnd, n);
  }

  /** A document's edges as an EdgeSet (graph.jsonld writes them in its graph). */
  edgeSet(doc: number): EdgeSet {
    const set = new EdgeSet();
    const first = doc < this.runFirst.length ? this.runFirst[doc]! : 0;
    const end = doc < this.runEnd.length ? this.runEnd[doc]! : 0;
    for (let e = first; e < end; e++) this.addTo(set, e);
    return set;
  }

  /**
   * Subject IRIs that have edges, and a function giving one subject's edges (predicate, object, document) in
   * the order of their N-Quads lines, each once: by written predicate, object and graph term (`terms`, where
   * undefined means the edge makes no line). Sorted as numbers — each term's rank among its kind — so a
   * subject's lines are never all in memory: the most named entity of 500 MB of news has hundreds of
   * thousands of edges. Documents come ranked already (`docRank`, the order of their graph terms, which the
   * merge knows from its IRI order): ranking them here made every document's graph term as a string.
   */
  bySubject(terms: { predicate: (p: string) => string | undefined; object: (o: string) => string | undefined; docRank: Uint32Array }): {
    subjects: string[];
    edgesOf: (subject: string) => Generator<[predicate: string, object: string, doc: number]>;
  } {
    // Edge numbers grouped by subject number (a counting sort): 4 bytes an edge.
    const c = this.columns;
    const starts = new Uint32Array(this.names.length + 1);
    for (let e = 0; e < this.size; e++) starts[c[4 * e]! + 1]!++;
    for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
    const order = new Uint32Array(this.size);
    const fill = starts.slice(0, -1);
    for (let e = 0; e < this.size; e++) order[fill[c[4 * e]!]!++] = e;
    const subjects: string[] = [];
    for (let id = 0; id < this.names.length; id++) if (starts[id + 1]! > starts[id]!) subjects.push(this.names[id]!);
    const predicateRank = ranks(this.names.length, (id) => terms.predicate(this.names[id]!));
    const objectRank = ranks(this.names.length, (id) => terms.object(this.names[id]!));
    const docRank = terms.docRank;
    const names = this.names;
    const ids = this.strings;
    function* edgesOf(subject: string): Generator<[string, string, number]> {
      const id = ids.get(subject);
      if (id === undefined) return;
      const key = (e: number, k: number): number => (k === 0 ? predicateRank[c[4 * e + 1]!]! : k === 1 ? objectRank[c[4 * e + 2]!]! : docRank[c[4 * e + 3]!]!);
      const edges = order.slice(starts[id]!, starts[id + 1]!).sort((a, b) => key(a, 0) - key(b, 0) || key(a, 1) - key(b, 1) || key(a, 2) - key(b, 2));
      for (let k = 0; k < edges.length; k++) {
        const e = edges[k]!;
        if (key(e, 0) === NONE || key(e, 1) === NONE || key(e, 2) === NONE) continue;
        const prev = k > 0 ? edges[k - 1]! : -1;
        if (prev !== -1 && key(prev, 0) === key(e, 0) && key(prev, 1) === key(e, 1) && key(prev, 2) === key(e, 2)) continue;
        yield [names[c[4 * e + 1]!]!, names[c[4 * e + 2]!]!, c[4 * e + 3]!];
      }
    }
    return { subjects, edgesOf };
  }

  private addTo(set: EdgeSet, e: number): void {
    const c = this.columns;
    set.add(this.names[c[4 * e]!]!, this.names[c[4 * e + 1]!]!, this.names[c[4 * e + 2]!]!);
  }

  private id(name: string): number {
    return this.strings.id(name);
  }
}

/** The rank of what has no term (it makes no line): after every real rank. */
const NONE = 0xffffffff;

/** Each of `n` items' rank in the order of its term (equal terms, equal ranks); NONE for an item without one. */
function ranks(n: number, term: (i: number) => string | undefined): Uint32Array {
  const terms = Array.from({ length: n }, (_, i) => term(i));
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((i) => terms[i] !== undefined)
    .sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  const rank = new Uint32Array(n).fill(NONE);
  let r = 0;
  order.forEach((i, k) => {
    if (k > 0 && terms[i] !== terms[order[k - 1]!]) r++;
    rank[i] = r;
  });
  return rank;
}
