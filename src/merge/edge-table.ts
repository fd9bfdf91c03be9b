import { join } from 'node:path';
import { EdgeSet } from '../graph/nodes.js';
import { grown, StringIds } from '../model/compact.js';
import { ExternalSort } from './external-sort.js';
import { SpillColumns } from './spill-columns.js';

/**
 * The direct edges (subject, predicate, object) of every document read first, as numbers: IRIs and
 * predicates are stored once, an edge is four 32-bit numbers (subject, predicate, object, document). A
 * Map of Maps of Sets per document, with each edge's IRIs parsed anew from its shard, held ~250 bytes an
 * edge until graph.nq was written — ~200 MB for 500 MB of news; then 16 bytes an edge in a typed array that
 * doubled (33 MB at 500 MB); now the edges go to a file past 65,536 of them (`SpillColumns`), and are
 * grouped by subject for graph.nq by an external sort.
 */
export class EdgeTable {
  /** IRIs and predicates by number. */
  private readonly strings = new StringIds();
  private readonly names = this.strings.names;
  private readonly columns: SpillColumns;
  /** Each document's edges are one run of the table, [runFirst[doc], runEnd[doc]) (8 bytes a document; a Map of pairs took ~80). */
  private runFirst = new Uint32Array(1024);
  private runEnd = new Uint32Array(1024);

  /** `dir`: a folder for the spilled records (deleted by the caller); `runRecords`: edges held in memory per structure. */
  constructor(
    private readonly dir: string,
    private readonly runRecords?: number,
  ) {
    this.columns = new SpillColumns(4, join(dir, 'edges.bin'), runRecords);
  }

  get size(): number {
    return this.columns.size;
  }

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
      this.columns.append(edge[0], edge[1], edge[2], doc);
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
    if (end > first) {
      const c = this.columns.read(first, end - first);
      for (let e = 0; e < end - first; e++) set.add(this.names[c[4 * e]!]!, this.names[c[4 * e + 1]!]!, this.names[c[4 * e + 2]!]!);
    }
    return set;
  }

  /**
   * Subject IRIs that have edges, and a function giving the edges of the subjects written as one term
   * (id, predicate, object, document), in the order of their N-Quads lines, each once per id: by subject id,
   * then written predicate, object and graph term (`terms`, where undefined means the edge makes no line).
   * Sorted as numbers — each term's rank among its kind — by an external sort, so a subject's lines are never
   * all in memory (the most named entity of 500 MB of news has hundreds of thousands of edges), nor are all
   * edges. Documents come ranked already (`docRank`, the order of their graph terms, which the merge knows
   * from its IRI order): ranking them here made every document's graph term as a string. `edgesOfTerm` must
   * be called with subject terms in increasing order (the order graph.nq writes them), each at most once.
   */
  bySubject(terms: { subject: (s: string) => string; predicate: (p: string) => string | undefined; object: (o: string) => string | undefined; docRank: Uint32Array }): {
    subjects: string[];
    edgesOfTerm: (term: string) => Generator<[subject: string, predicate: string, object: string, doc: number]>;
  } {
    const names = this.names;
    // What each name is in some edge (SUBJECT, PREDICATE, OBJECT bits): each term is made only for the names in
    // that place. The names are the edges' subjects, predicates and objects in one table, and the predicate's
    // term is memoized by graph-quads.ts for the life of the process: made for every name, it kept an entry per
    // entity IRI (4.4 MB of heap at 500 MB of 5 kB ISW copies, heap snapshot in the report.html phase).
    // Leaving names out of a rank changes no rank's order, so not the edges' order.
    const roles = new Uint8Array(names.length);
    for (const c of this.columns.chunks()) {
      for (let e = 0; e < c.length; e += 4) {
        roles[c[e]!]! |= SUBJECT;
        roles[c[e + 1]!]! |= PREDICATE;
        roles[c[e + 2]!]! |= OBJECT;
      }
    }
    const subjects: string[] = [];
    for (let id = 0; id < names.length; id++) if (roles[id]! & SUBJECT) subjects.push(names[id]!);
    const subjectTerms = names.map((name, id) => (roles[id]! & SUBJECT ? terms.subject(name) : undefined));
    const subjectRank = ranks(names.length, (id) => subjectTerms[id]);
    const predicateRank = ranks(names.length, (id) => (roles[id]! & PREDICATE ? terms.predicate(names[id]!) : undefined));
    const objectRank = ranks(names.length, (id) => (roles[id]! & OBJECT ? terms.object(names[id]!) : undefined));
    const docRank = terms.docRank;
    // Key: subject term's rank, subject id, predicate, object and graph ranks; then what the line needs.
    const sort = new ExternalSort(8, 5, this.dir, 'edges-by-subject', this.runRecords);
    for (const c of this.columns.chunks()) {
      for (let e = 0; e < c.length; e += 4) {
        const [s, p, o, d] = [c[e]!, c[e + 1]!, c[e + 2]!, c[e + 3]!];
        const key = [subjectRank[s]!, s, predicateRank[p]!, objectRank[o]!, docRank[d]!];
        // An edge with a term missing makes no line.
        if (key[2] !== NONE && key[3] !== NONE && key[4] !== NONE) sort.add(...key, p, o, d);
      }
    }
    const sorted = sort.sorted();
    let head = sorted.next();
    function* edgesOfTerm(term: string): Generator<[string, string, string, number]> {
      let prev: number[] | undefined;
      for (; !head.done; head = sorted.next()) {
        const w = head.value;
        const subjectTerm = subjectTerms[w[1]!]!;
        if (subjectTerm > term) return;
        const key = [w[1]!, w[2]!, w[3]!, w[4]!];
        const repeated = prev !== undefined && key.every((x, k) => x === prev![k]);
        prev = key;
        if (subjectTerm === term && !repeated) yield [names[w[1]!]!, names[w[5]!]!, names[w[6]!]!, w[7]!];
      }
    }
    return { subjects, edgesOfTerm };
  }

  close(): void {
    this.columns.close();
  }

  private id(name: string): number {
    return this.strings.id(name);
  }
}

/** The rank of what has no term (it makes no line): after every real rank. */
const NONE = 0xffffffff;

/** Each of `n` items' rank in the order of its term (equal terms, equal ranks); NONE for an item without one. */
/** The places a name has in some edge (bySubject). */
const SUBJECT = 1;
const PREDICATE = 2;
const OBJECT = 4;

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
