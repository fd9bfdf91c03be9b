import type { Mention } from '../../model/document.js';

/**
 * Lookups over the candidates proposed by earlier recognizers, built once per call: which candidate ends
 * right before a word (a demonym before a title), which starts at a word, which covers an offset.
 */
export class CandidateIndex {
  private readonly byStart = new Map<number, Mention[]>();
  private readonly byEnd = new Map<number, Mention[]>();
  /** Name (non-demonym) candidates sorted by start, for coverage tests. */
  private readonly names: Mention[];

  constructor(candidates: readonly Mention[]) {
    for (const m of candidates) {
      push(this.byStart, m.start, m);
      push(this.byEnd, m.end, m);
    }
    this.names = candidates.filter((m) => m.form !== 'demonym').sort((a, b) => a.start - b.start || b.end - a.end);
  }

  startingAt(offset: number): readonly Mention[] {
    return this.byStart.get(offset) ?? [];
  }

  endingAt(offset: number): readonly Mention[] {
    return this.byEnd.get(offset) ?? [];
  }

  /** The demonym candidate ending exactly at `offset`, if any. */
  demonymEndingAt(offset: number): Mention | undefined {
    return this.endingAt(offset).find((m) => m.form === 'demonym');
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
      if (m.end > start) out.push(m);
      if (start - m.start > 400) break;
    }
    return out;
  }

  /** A name candidate of `type` with exactly this span and a gazetteer record, whose `ref` a rule's
   *  mention of the same span should carry so the record is not lost when the rule's mention wins. */
  refFor(start: number, end: number, type: string): Mention['ref'] {
    return this.startingAt(start).find((m) => m.end === end && m.type === type && m.ref && m.form !== 'demonym')?.ref;
  }

  /** True when a name candidate of one of `types` covers all of [start, end). */
  covers(start: number, end: number, types?: readonly string[]): boolean {
    return this.overlapping(start, end).some((m) => m.start <= start && m.end >= end && (!types || types.includes(m.type)));
  }
}

function push(map: Map<number, Mention[]>, key: number, m: Mention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}
