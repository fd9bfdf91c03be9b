import type { EvaluationReport } from './evaluate.js';
import type { Scores } from './prf.js';

const f = (x: number): string => x.toFixed(2);
const prf = (s: Scores): string => `${f(s.precision)} / ${f(s.recall)} / **${f(s.f1)}**`;
const dash = '–';

export interface SummaryRow {
  corpus: string;
  report: EvaluationReport;
  /** A baseline that finds names only: its date and relation columns show a dash, not zeros. */
  namesOnly?: boolean;
}

/** One line per corpus: what the README's accuracy table shows. Empty layers (no gold items) show a dash. */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const lines = [
    '| corpus | docs | mentions exact P / R / F1 | mentions overlap F1 | timex span F1 strict / relaxed | timex value F1 | relations P / R / F1 (args overlap) |',
    '|---|---:|---|---:|---:|---:|---|',
  ];
  for (const { corpus, report: r, namesOnly } of rows) {
    const m = r.gold.mentions > 0;
    const t = r.gold.timexes > 0 && !namesOnly;
    lines.push(
      `| ${corpus} | ${r.documents} | ${m ? prf(r.mentions.exact.micro) : dash} | ${m ? f(r.mentions.overlap.micro.f1) : dash} | ` +
        `${t ? `${f(r.timex.strict.f1)} / ${f(r.timex.relaxed.f1)}` : dash} | ${t ? f(r.timex.value.f1) : dash} | ${r.gold.relations > 0 && !namesOnly ? prf(r.relations.overlap.micro) : dash} |`,
    );
  }
  return lines.join('\n') + '\n';
}

/** Per-label rows of one corpus: entity labels (exact span) and relation labels (arguments overlap). */
export function detailTable({ corpus, report: r, namesOnly }: SummaryRow): string {
  const rows: string[] = [];
  const add = (what: string, per: Record<string, Scores>) => {
    for (const [label, s] of Object.entries(per)) rows.push(`| ${corpus} | ${what} | ${label} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${prf(s)} |`);
  };
  add('mention', r.mentions.exact.perType);
  if (!namesOnly) add('relation', r.relations.overlap.perType);
  return rows.join('\n') + (rows.length ? '\n' : '');
}

export const detailHeader = '| corpus | layer | gold label | gold | predicted | P / R / F1 |\n|---|---|---|---:|---:|---|\n';
