/** Counts of one comparison between predictions and gold: true positives, false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** Rounded so that the JSON report is stable and readable; 0 when there is nothing to divide by. */
const ratio = (num: number, den: number): number => (den === 0 ? 0 : Math.round((num / den) * 10_000) / 10_000);

export function scores(c: Counts): Scores {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

/** Per-key counts (per type, per predicate) plus their micro-average: the sum of the counts. */
export class CountTable {
  private readonly rows = new Map<string, Counts>();

  row(key: string): Counts {
    let c = this.rows.get(key);
    if (!c) this.rows.set(key, (c = emptyCounts()));
    return c;
  }

  /** Keys sorted so the report does not depend on the order documents were read in. */
  toJSON(): { perKey: Record<string, Scores>; micro: Scores } {
    const micro = emptyCounts();
    const perKey: Record<string, Scores> = {};
    for (const key of [...this.rows.keys()].sort()) {
      const c = this.rows.get(key)!;
      perKey[key] = scores(c);
      addCounts(micro, c);
    }
    return { perKey, micro: scores(micro) };
  }
}
