import type { Mention } from '../../model/document.js';
import { inOrder, sortInPlace } from '../../model/in-order.js';

const byPosition = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;
const byStart = (a: Mention, b: Mention): number => a.start - b.start;
const byEnd = (a: Mention, b: Mention): number => a.end - b.end;
/** The answer for an offset no candidate starts or ends at: one shared empty list, not a new one per question. */
const NONE: readonly Mention[] = Object.freeze([]);
const isDemonym = (m: Mention): boolean => m.form === 'demonym';
const anything = (): boolean => true;

/**
 * Lookups over the candidates proposed by earlier recognizers: which candidate ends right before a word
 * (a demonym before a title), which starts at a word, which covers an offset.
 */
export class CandidateIndex {
  /**
   * All candidates sorted by start, and by end (ties keep candidate order), searched by bisection. Maps from
   * offset to a list made a list per candidate, and in batch runs V8 pretenured that list's allocation site:
   * ~0.7 µs per candidate, 3% of the whole pipeline (CPU profile on 3 MB).
   */
  private byStart: Mention[] = [];
  private byEnd: Mention[] = [];
  /** Name (non-demonym) candidates sorted by start, for coverage tests (ties keep candidate order). */
  private names: Mention[] = [];
  /** The candidates indexed so far: the first `indexed` items of `source`. */
  private source: readonly Mention[];
  private indexed = 0;

  constructor(candidates: readonly Mention[]) {
    this.source = candidates;
    this.extend();
  }

  /**
   * The index of `candidates`. Recognizers run one after another over one growing candidate list, so the
   * index the previous recognizer used is extended with the candidates added since, not rebuilt.
   */
  static of(candidates: readonly Mention[]): CandidateIndex {
    const last = lastIndex;
    if (last && last.source === candidates && last.indexed <= candidates.length) {
      last.extend();
      return last;
    }
    return (lastIndex = new CandidateIndex(candidates));
  }

  private extend(): void {
    const { source } = this;
    if (this.indexed === source.length) return;
    const added = source.slice(this.indexed);
    this.indexed = source.length;
    // The additions come mostly in order already (recognizers propose left to right): sorted copies only when not.
    // The lists are never changed in place, so one list may serve as both.
    this.byStart = mergeSorted(this.byStart, inOrder(added, byStart) ? added : added.slice().sort(byStart), byStart);
    this.byEnd = mergeSorted(this.byEnd, inOrder(added, byEnd) ? added : added.slice().sort(byEnd), byEnd);
    // A stable sort of old + added: merge the sorted additions in, old items first among equals.
    this.names = mergeSorted(this.names, sortInPlace(added.filter((m) => m.form !== 'demonym'), byPosition), byPosition);
  }

  startingAt(offset: number): readonly Mention[] {
    const from = firstAtOrAfter(this.byStart, offset, startOf);
    let to = from;
    while (to < this.byStart.length && this.byStart[to]!.start === offset) to++;
    return to === from ? NONE : this.byStart.slice(from, to);
  }

  endingAt(offset: number): readonly Mention[] {
    const from = firstAtOrAfter(this.byEnd, offset, endOf);
    let to = from;
    while (to < this.byEnd.length && this.byEnd[to]!.end === offset) to++;
    return to === from ? NONE : this.byEnd.slice(from, to);
  }

  /** The demonym candidate ending exactly at `offset`, if any. */
  demonymEndingAt(offset: number): Mention | undefined {
    for (let k = firstAtOrAfter(this.byEnd, offset, endOf); k < this.byEnd.length && this.byEnd[k]!.end === offset; k++) if (isDemonym(this.byEnd[k]!)) return this.byEnd[k];
    return undefined;
  }

  /** The demonym candidate starting exactly at `offset`, if any. */
  demonymStartingAt(offset: number): Mention | undefined {
    for (let k = firstAtOrAfter(this.byStart, offset, startOf); k < this.byStart.length && this.byStart[k]!.start === offset; k++) if (isDemonym(this.byStart[k]!)) return this.byStart[k];
    return undefined;
  }

  /** The longest name candidate starting at `offset`, if any. */
  nameStartingAt(offset: number): Mention | undefined {
    let best: Mention | undefined;
    for (let k = firstAtOrAfter(this.byStart, offset, startOf); k < this.byStart.length && this.byStart[k]!.start === offset; k++) {
      const m = this.byStart[k]!;
      if (m.form !== 'demonym' && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  /** Name candidates that overlap [start, end). */
  overlapping(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    this.someOverlapping(start, end, (m) => {
      out.push(m);
      return false;
    });
    return out;
  }

  /**
   * True when `test` holds for a name candidate overlapping [start, end) (or, without `test`, when there is
   * one). Recognizers ask this of nearly every word, so it stops at the first hit and builds no list.
   */
  someOverlapping(start: number, end: number, test: (m: Mention) => boolean = anything): boolean {
    // Candidates are few per document; a binary search bounds the scan to those starting before `end`.
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.names[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const m = this.names[k]!;
      if (m.end > start && test(m)) return true;
      if (start - m.start > 400) break;
    }
    return false;
  }

  /** A name candidate of `type` with exactly this span and a gazetteer record, whose `ref` a rule's
   *  mention of the same span should carry so the record is not lost when the rule's mention wins. */
  refFor(start: number, end: number, type: string): Mention['ref'] {
    // A walk over the candidates starting there, not `startingAt(start).find(…)`: the slice and the closure
    // per question made this ~2.5% of the recognize stage's CPU profile (the unit grammar asks per unit).
    const list = this.byStart;
    for (let k = firstAtOrAfter(list, start, startOf); k < list.length && list[k]!.start === start; k++) {
      const m = list[k]!;
      if (m.end === end && m.type === type && m.ref && m.form !== 'demonym') return m.ref;
    }
    return undefined;
  }

  /**
   * True when `test` holds for a name candidate with exactly the span [start, end) (what `someOverlapping` with a
   * test of the span would say). A walk over the candidates starting there with a test that takes no span: a
   * recognizer's closure over the span, written inside its word loop, made V8 allocate a context for every
   * iteration of that loop, every word of the document (organization.ts: 35 MB of the 585 MB a warm pass over the
   * 294 ISW reports allocates; heap sampling, 25f0bbd).
   */
  someNameWithSpan(start: number, end: number, test: (m: Mention) => boolean): boolean {
    if (end <= start) return false;
    const list = this.byStart;
    for (let k = firstAtOrAfter(list, start, startOf); k < list.length && list[k]!.start === start; k++) {
      const m = list[k]!;
      if (m.end === end && m.form !== 'demonym' && test(m)) return true;
    }
    return false;
  }

  /** True when a name candidate of one of `types` covers all of [start, end). */
  covers(start: number, end: number, types?: readonly string[]): boolean {
    return this.someOverlapping(start, end, (m) => m.start <= start && m.end >= end && (!types || types.includes(m.type)));
  }
}

/** One slot, like the word view: recognizers of one document run back to back. */
let lastIndex: CandidateIndex | undefined;

/**
 * Merges two lists sorted by `order`; among equals, `old` items come first. The merge is written into the
 * reused list `merged` and returned as an exact-size copy: each recognizer's extension re-merges whole lists,
 * and lists grown by push left about twice their size behind.
 */
function mergeSorted(old: readonly Mention[], added: readonly Mention[], order: (a: Mention, b: Mention) => number): Mention[] {
  if (added.length === 0) return old as Mention[];
  if (old.length === 0) return added as Mention[];
  const out = merged;
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < old.length && j < added.length) out[n++] = order(old[i]!, added[j]!) <= 0 ? old[i++]! : added[j++]!;
  while (i < old.length) out[n++] = old[i++]!;
  while (j < added.length) out[n++] = added[j++]!;
  const result = out.slice(0, n);
  // Let go of the mentions a long document left in the list.
  if (out.length > KEEP_MERGED) out.length = 0;
  return result;
}

const merged: Mention[] = [];
const KEEP_MERGED = 50_000;

const startOf = (m: Mention): number => m.start;
const endOf = (m: Mention): number => m.end;

/** Index of the first mention whose `key` is ≥ offset, in a list sorted by that key. */
function firstAtOrAfter(list: readonly Mention[], offset: number, key: (m: Mention) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
