import type { CoverageReport, CoverageRow } from './argument-coverage.js';
import type { CalibrationRow, RuleRow } from './calibration.js';
import type { ErrorEntry } from './errors.js';
import type { EvaluationReport, IgnoredLabels, TableReport } from './evaluate.js';
import type { Scores } from './prf.js';

const num = (x: number): string => x.toFixed(3);
const pad = (s: string | number, w: number): string => String(s).padStart(w);
const prf = (s: Scores): string => `${pad(num(s.precision), 7)}${pad(num(s.recall), 7)}${pad(num(s.f1), 7)}`;
const counts = (s: Scores): string => `${pad(s.tp + s.fn, 6)}${pad(s.tp + s.fp, 6)}`;

/** Two tables of the same rows side by side (exact vs overlap), with gold and predicted counts of the first. */
function pairedTable(title: string, left: [string, TableReport], right: [string, TableReport]): string[] {
  const keys = [...new Set([...Object.keys(left[1].perType), ...Object.keys(right[1].perType)])].sort();
  const width = Math.max(8, ...keys.map((k) => k.length)) + 1;
  const lines = [
    title,
    `${''.padEnd(width)}${pad('gold', 6)}${pad('pred', 6)}  ${left[0].padEnd(21)}  ${right[0]}`,
    `${'label'.padEnd(width)}${''.padEnd(12)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}  ${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}`,
  ];
  const zero: Scores = { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 };
  for (const k of keys) {
    const l = left[1].perType[k] ?? zero;
    lines.push(`${k.padEnd(width)}${counts(l)}${prf(l)}  ${prf(right[1].perType[k] ?? zero)}`);
  }
  lines.push(`${'micro'.padEnd(width)}${counts(left[1].micro)}${prf(left[1].micro)}  ${prf(right[1].micro)}`);
  return lines;
}

function ignoredLine(what: string, ignored: IgnoredLabels): string[] {
  const parts = Object.entries(ignored)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([label, { count, reason }]) => `${label} ${count} (${reason})`);
  return parts.length ? [`Not scored, gold ${what}: ${parts.join(', ')}`] : [];
}

/** Relation confidence buckets with the precision observed in each (only buckets with predictions). */
function calibrationTable(rows: readonly CalibrationRow[]): string[] {
  const used = rows.filter((r) => r.predicted > 0);
  if (used.length === 0) return [];
  return [
    'Relation confidence calibration (judged predictions, arguments overlap)',
    `${'confidence'.padEnd(12)}${pad('pred', 6)}${pad('right', 6)}${pad('P', 7)}${pad('mean', 7)}`,
    ...used.map((r) => `${`${r.from.toFixed(1)}–${r.to.toFixed(1)}`.padEnd(12)}${pad(r.predicted, 6)}${pad(r.correct, 6)}${pad(num(r.precision), 7)}${pad(num(r.meanConfidence), 7)}`),
    '',
  ];
}

/** Each rule's judged predictions and how many were right (printed with the error lists only). */
function ruleTable(rows: readonly RuleRow[] | undefined): string[] {
  if (!rows || rows.length === 0) return [];
  const width = Math.max(8, ...rows.map((r) => r.rule.length)) + 1;
  return [
    'Relation precision by rule (judged predictions, arguments overlap)',
    `${'rule'.padEnd(width)}${pad('pred', 6)}${pad('right', 6)}${pad('P', 7)}`,
    ...rows.map((r) => `${r.rule.padEnd(width)}${pad(r.predicted, 6)}${pad(r.correct, 6)}${pad(num(r.precision), 7)}`),
    '',
  ];
}

/** Where relation recall is lost: arguments not found as mentions, or found and the relation not read. */
function coverageTable(c: CoverageReport): string[] {
  if (c.micro.relations === 0) return [];
  const share = (a: number, b: number): string => (b === 0 ? '–' : num(a / b));
  const width = Math.max(8, ...Object.keys(c.perLabel).map((k) => k.length)) + 1;
  const row = (label: string, r: CoverageRow): string => `${label.padEnd(width)}${pad(r.relations, 6)}${pad(r.withArguments, 10)}${pad(share(r.withArguments, r.relations), 7)}${pad(r.found, 7)}${pad(share(r.found, r.withArguments), 12)}`;
  return [
    'Where relation recall is lost (gold relations whose two arguments are both predicted mentions or demonyms, spans overlapping)',
    `${'label'.padEnd(width)}${pad('gold', 6)}${pad('with args', 10)}${pad('share', 7)}${pad('found', 7)}${pad('R | args', 12)}`,
    ...Object.entries(c.perLabel).map(([label, r]) => row(label, r)),
    row('micro', c.micro),
    '',
  ];
}

/** Which matching rule the relation table follows, and the micro scores under the other one. */
function matchLine(r: EvaluationReport['relations']): string {
  const o = r.otherRule;
  const micro = (s: Scores): string => `${num(s.precision)} / ${num(s.recall)} / ${num(s.f1)}`;
  const rule =
    r.match === 'paragraph'
      ? `matched at the stating sentence, else once by predicate and argument words within the paragraph (gold relations found only so: ${r.inParagraph})`
      : 'matched at the stating sentence only (--match-sentence)';
  const other = o.match === 'sentence' ? 'at the stating sentence only (--match-sentence)' : 'with the paragraph rule (the default)';
  return `relations ${rule}; ${other}: P / R / F1 ${micro(o.overlap)} (arguments overlap), ${micro(o.exact)} (exact)`;
}

/** The report as the readable tables printed by `newsgraph evaluate`. */
export function formatReport(r: EvaluationReport, title: string): string {
  const t = r.timex;
  const lines = [
    title,
    `${r.documents} documents, ${r.tokens} tokens; gold: ${r.gold.mentions} entity mentions, ${r.gold.timexes} temporal expressions, ${r.gold.relations} relations`,
    '',
    ...pairedTable('Entity mentions (per gold label; a prediction counts when its type is one the label accepts)', ['exact span', r.mentions.exact], ['overlapping span', r.mentions.overlap]),
    `predictions of a type this corpus does not annotate (not judged): ${r.mentions.unjudged}`,
    '',
    ...(r.gold.timexes === 0
      ? // A corpus without temporal gold (the project's ISW paragraphs) says so instead of scoring 0.
        ['Temporal expressions: not annotated in this corpus', '']
      : [
          'Temporal expressions (TempEval-3 style)',
          `${''.padEnd(14)}${pad('gold', 6)}${pad('pred', 6)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}`,
          ...(
            [
              ['strict span', t.strict],
              ['relaxed span', t.relaxed],
              ['value', t.value],
              ['type', t.type],
            ] as const
          ).map(([name, s]) => `${name.padEnd(14)}${counts(s)}${prf(s)}`),
          `value accuracy on relaxed matches: ${num(t.valueAccuracy)}`,
          '',
        ]),
    ...pairedTable('Relations (per gold label)', ['arguments overlap', r.relations.overlap], ['arguments exact', r.relations.exact]),
    matchLine(r.relations),
    `predictions this corpus cannot judge (predicate not annotated, or pair not annotated): ${r.relations.unjudged}`,
    '',
    ...coverageTable(r.relations.coverage),
    ...calibrationTable(r.relations.calibration),
    ...ruleTable(r.relations.byRule),
    ...ignoredLine('mention labels', r.ignored.entities),
    ...ignoredLine('relation labels', r.ignored.relations),
  ];
  return lines.join('\n') + '\n';
}

/** False positives and misses, grouped by layer, each with its context. */
export function formatErrors(errors: readonly ErrorEntry[]): string {
  if (errors.length === 0) return '\nErrors: none\n';
  const out: string[] = [];
  for (const layer of ['mention', 'timex', 'relation'] as const) {
    const mine = errors.filter((e) => e.layer === layer);
    if (mine.length === 0) continue;
    out.push('', `Errors: ${layer} (${mine.length})`);
    for (const e of mine) {
      const tag = e.error === 'false-positive' ? 'FP  ' : 'MISS';
      const extra = [e.source && `[${e.source}]`, e.note && `(${e.note})`].filter(Boolean).join(' ');
      out.push(`${tag} ${e.label} "${e.text}" ${extra}`.trimEnd(), `     ${e.doc}: ${e.context}`);
    }
  }
  return out.join('\n') + '\n';
}
