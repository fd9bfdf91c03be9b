import type { Span } from '../model/document.js';
import { spansOverlap } from './gold.js';
import type { GoldRelationArgs } from './score-relations.js';

/** Per gold label, and over all: gold relations, those whose two arguments were both found as mentions, and of those the ones the relation stage found. */
export interface CoverageRow {
  relations: number;
  withArguments: number;
  found: number;
}

export interface CoverageReport {
  micro: CoverageRow;
  perLabel: Record<string, CoverageRow>;
}

/**
 * Where relation recall is lost: a gold relation can be found only when both its arguments are among the
 * predicted mentions or demonyms (any type, spans overlapping); the share that has them bounds recall from above, and
 * recall among them measures the relation rules alone. Counts only, so it can be read on a test split
 * without reading its errors.
 */
export class ArgumentCoverage {
  private readonly rows = new Map<string, CoverageRow>();

  /** `matched[i]`: whether gold relation i was found (arguments overlapping). */
  add(gold: readonly GoldRelationArgs[], mentions: readonly Span[], matched: readonly boolean[]): void {
    const found = (span: Span): boolean => mentions.some((m) => spansOverlap(m, span));
    gold.forEach((g, i) => {
      const row = this.row(g.label);
      row.relations++;
      if (!found(g.subject) || !found(g.object)) return;
      row.withArguments++;
      if (matched[i]) row.found++;
    });
  }

  toJSON(): CoverageReport {
    const micro: CoverageRow = { relations: 0, withArguments: 0, found: 0 };
    const perLabel: Record<string, CoverageRow> = {};
    for (const label of [...this.rows.keys()].sort()) {
      const row = this.rows.get(label)!;
      perLabel[label] = { ...row };
      micro.relations += row.relations;
      micro.withArguments += row.withArguments;
      micro.found += row.found;
    }
    return { micro, perLabel };
  }

  private row(label: string): CoverageRow {
    let row = this.rows.get(label);
    if (!row) this.rows.set(label, (row = { relations: 0, withArguments: 0, found: 0 }));
    return row;
  }
}
