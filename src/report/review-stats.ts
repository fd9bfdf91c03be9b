import type { Verdict, VerdictFile } from './verdicts.js';

/** Precision of one group of reviewed statements (a predicate or a rule). */
export interface PrecisionRow {
  name: string;
  reviewed: number;
  correct: number;
  wrong: number;
  precision: number;
  /** Lower bound of the 95% Wilson interval: how far a precision from few verdicts can be trusted. */
  low: number;
}

export interface ReviewStats {
  files: number;
  runs: string[];
  /** Verdicts given again for the same statement in a later file (the later one counts). */
  replaced: number;
  overall: PrecisionRow;
  byPredicate: PrecisionRow[];
  byRule: PrecisionRow[];
}

/**
 * Scores analysts' verdicts: precision overall, per predicate and per rule. A statement judged in several
 * files counts once, with the verdict of the last file, so re-exports of a growing review do not double
 * count. Rows are sorted worst first (lowest precision, then most wrong), so the rules to fix lead.
 */
export function reviewStats(files: readonly VerdictFile[]): ReviewStats {
  const latest = new Map<string, Verdict>();
  let replaced = 0;
  for (const file of files) {
    for (const v of file.verdicts) {
      if (latest.has(v.statement)) replaced++;
      latest.set(v.statement, v);
    }
  }
  const verdicts = [...latest.values()];
  return {
    files: files.length,
    runs: [...new Set(files.map((f) => f.run))].sort(),
    replaced,
    overall: precisionRow('all', verdicts),
    byPredicate: grouped(verdicts, (v) => v.predicate),
    byRule: grouped(verdicts, (v) => v.rule),
  };
}

function grouped(verdicts: readonly Verdict[], keyOf: (v: Verdict) => string): PrecisionRow[] {
  const groups = new Map<string, Verdict[]>();
  for (const v of verdicts) {
    const key = keyOf(v);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(v);
  }
  return [...groups]
    .map(([name, list]) => precisionRow(name, list))
    .sort((a, b) => a.precision - b.precision || b.wrong - a.wrong || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function precisionRow(name: string, verdicts: readonly Verdict[]): PrecisionRow {
  const correct = verdicts.filter((v) => v.verdict === 'correct').length;
  const reviewed = verdicts.length;
  return { name, reviewed, correct, wrong: reviewed - correct, precision: reviewed ? correct / reviewed : 0, low: wilsonLow(correct, reviewed) };
}

const Z95 = 1.959964;

function wilsonLow(successes: number, n: number): number {
  if (n === 0) return 0;
  const p = successes / n;
  const z2 = Z95 * Z95;
  const centre = p + z2 / (2 * n);
  const margin = Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - margin) / (1 + z2 / n));
}
