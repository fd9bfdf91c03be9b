import type { Mention } from '../../model/document.js';

const byPosition = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;
/** The answer for an offset no candidate starts or ends at: one shared empty list, not a new one per question. */
const NONE: readonly Mention[] = Object.freeze([]);
const isDemonym = (m: Mention): boolean => m.form === 'demonym';
const anything = (): boolean => true;

/**
 * Lookups over the candidates proposed by earlier recognizers: which candidate ends right before a word
 * (a demonym before a title), which starts at a word, which covers an offset.
 */
export class CandidateIndex {
  private readonly byStart = new Map<number, Mention[]>();
  private readonly byEnd = new Map<number, Mention[]>();
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
    const added: Mention[] = [];
    for (let k = this.indexed; k < source.length; k++) {
      const m = source[k]!;
      push(this.byStart, m.start, m);
      push(this.byEnd, m.end, m);
      if (m.form !== 'demonym') added.push(m);
    }
    this.indexed = source.length;
    // A stable sort of old + added: merge the sorted additions in, old items first among equals.
    added.sort(byPosition);
    if (this.names.length === 0) this.names = added;
    else if (added.length > 0) this.names = mergeSorted(this.names, added);
  }

  startingAt(offset: number): readonly Mention[] {
    return this.byStart.get(offset) ?? NONE;
  }

  endingAt(offset: number): readonly Mention[] {
    return this.byEnd.get(offset) ?? NONE;
  }

  /** The demonym candidate ending exactly at `offset`, if any. */
  demonymEndingAt(offset: number): Mention | undefined {
    return this.byEnd.get(offset)?.find(isDemonym);
  }

  /** The demonym candidate starting exactly at `offset`, if any. */
  demonymStartingAt(offset: number): Mention | undefined {
    return this.byStart.get(offset)?.find(isDemonym);
  }

  /** The longest name candidate starting at `offset`, if any. */
  nameStartingAt(offset: number): Mention | undefined {
    let best: Mention | undefined;
    for (const m of this.startingAt(offset)) if (m.form !== 'demonym' && (!best || m.end > best.end)) best = m;
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
    return this.startingAt(start).find((m) => m.end === end && m.type === type && m.ref && m.form !== 'demonym')?.ref;
  }

  /** True when a name candidate of one of `types` covers all of [start, end). */
  covers(start: number, end: number, types?: readonly string[]): boolean {
    return this.someOverlapping(start, end, (m) => m.start <= start && m.end >= end && (!types || types.includes(m.type)));
  }
}

/** One slot, like the word view: recognizers of one document run back to back. */
let lastIndex: CandidateIndex | undefined;

function mergeSorted(old: readonly Mention[], added: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length && j < added.length) out.push(byPosition(old[i]!, added[j]!) <= 0 ? old[i++]! : added[j++]!);
  while (i < old.length) out.push(old[i++]!);
  while (j < added.length) out.push(added[j++]!);
  return out;
}

function push(map: Map<number, Mention[]>, key: number, m: Mention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}
