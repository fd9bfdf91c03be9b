import type { PrecisionRow, ReviewStats } from './review-stats.js';

const COLUMNS = ['reviewed', 'correct', 'wrong', 'precision', '95% low'] as const;
const fixed = (x: number): string => x.toFixed(3);

/** review-stats as aligned text tables: a heading line, then per predicate and per rule. */
export function formatReviewStatsTable(stats: ReviewStats): string {
  const o = stats.overall;
  const lines = [
    `${o.reviewed} verdicts (${o.correct} correct, ${o.wrong} wrong) from ${stats.files} file(s)` +
      (stats.runs.length ? `, run ${stats.runs.join(', ')}` : '') +
      (stats.replaced ? `; ${stats.replaced} given again in a later file (the later verdict counts)` : ''),
    `precision ${o.reviewed ? fixed(o.precision) : 'n/a'}`,
    '',
    ...table('predicate', stats.byPredicate),
    '',
    ...table('rule', stats.byRule),
  ];
  return `${lines.join('\n')}\n`;
}

export function formatReviewStatsJson(stats: ReviewStats): string {
  return `${JSON.stringify(stats, null, 2)}\n`;
}

function table(title: string, rows: readonly PrecisionRow[]): string[] {
  const cells = rows.map((r) => [r.name, String(r.reviewed), String(r.correct), String(r.wrong), fixed(r.precision), fixed(r.low)]);
  const header = [title, ...COLUMNS];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...cells.map(line)];
}
