/**
 * Fits the statement confidence model (src/relations/rules/confidence-model.ts) on judged predictions of the
 * readable splits, and measures it against the rule-precision confidence by cross-validation grouped by document.
 *
 *   node bin/newsgraph.js evaluate --gold <split> [--texts …] --errors --json <f.json>   (one per dev split)
 *   node dist/bench/fit-confidence.js <f.json> …
 *
 * Reads `relations.judged` (each judged prediction, right or wrong exactly as `evaluate` judged it, with its
 * features). Prints the cross-validated ECE / Brier / log loss of the old confidence and the model, the inputs chosen
 * by forward selection, and the coefficient table to paste into confidence-model.ts. Deterministic.
 */
import { readFileSync } from 'node:fs';
import type { JudgedStatement } from '../src/eval/calibration.js';
import { attributionConfidenceFactor } from '../src/relations/rules/cues.js';
import { confidenceInputs } from '../src/relations/rules/confidence-inputs.js';
import { PRIOR, PRIOR_WEIGHT } from '../src/relations/rules/confidence.js';
import type { StatementFeatures } from '../src/relations/statement-features.js';

interface Row {
  group: string;
  rule: string;
  y: number;
  features: StatementFeatures;
}

const FOLDS = 5;
/**
 * Cross-validation repeated with this many fold assignments, scores averaged: with few wrong statements (84 of
 * 2268) one assignment's choice of inputs depended on which documents fell together (measured: two assignments
 * chose 1 and 3 inputs beyond the rule's precision and the claim).
 */
const REPEATS = 5;
/** L2 penalty on every weight but the intercept. */
const LAMBDA = 1;
/** Forward selection stops when the next input lowers the cross-validated log loss by less than this. */
const MIN_GAIN = 0.001;

function readRows(files: readonly string[]): Row[] {
  const rows: Row[] = [];
  for (const file of files) {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { relations: { judged?: JudgedStatement[] } };
    const judged = report.relations.judged;
    if (!judged) throw new Error(`${file}: no relations.judged (run evaluate with --errors --json)`);
    for (const j of judged) if (j.features) rows.push({ group: j.doc, rule: j.rule, y: j.correct ? 1 : 0, features: j.features });
  }
  return rows;
}

/** FNV-1a: a document's fold in assignment `repeat`, the same on every run. */
function foldOf(group: string, repeat: number): number {
  let h = (0x811c9dc5 ^ Math.imul(repeat + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return h % FOLDS;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Logistic regression with an L2 penalty, by Newton's method (weights[0]: the intercept). */
function fit(x: readonly number[][], y: readonly number[]): number[] {
  const d = x[0]!.length;
  const w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    x.forEach((xi, i) => {
      const p = sigmoid(xi.reduce((s, v, k) => s + v * w[k]!, 0));
      const g = p - y[i]!;
      const h = p * (1 - p);
      for (let a = 0; a < d; a++) {
        grad[a]! += g * xi[a]!;
        for (let b = 0; b < d; b++) hess[a]![b]! += h * xi[a]! * xi[b]!;
      }
    });
    for (let a = 1; a < d; a++) {
      grad[a]! += LAMBDA * w[a]!;
      hess[a]![a]! += LAMBDA;
    }
    const step = solve(hess, grad);
    let change = 0;
    for (let a = 0; a < d; a++) {
      w[a]! -= step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-10) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Rule precision shrunk to the prior as rules/confidence.ts does, counted on `rows` only. */
function rulePrecisions(rows: readonly Row[]): (rule: string) => number {
  const counts = new Map<string, [number, number]>();
  for (const r of rows) {
    const c = counts.get(r.rule) ?? [0, 0];
    c[0]++;
    c[1] += r.y;
    counts.set(r.rule, c);
  }
  return (rule) => {
    const [n, right] = counts.get(rule) ?? [0, 0];
    return (right + PRIOR * PRIOR_WEIGHT) / (n + PRIOR_WEIGHT);
  };
}

const vector = (f: StatementFeatures, inputs: readonly string[]): number[] => [1, ...inputs.map((name) => confidenceInputs[name]!(f))];

interface Scores {
  ece: number;
  brier: number;
  logLoss: number;
  /** Area under the ROC curve: how well the confidence ranks right statements above wrong ones (ties count half). */
  auc: number;
}

function scores(p: readonly number[], y: readonly number[]): Scores {
  const n = p.length;
  const buckets = Array.from({ length: 10 }, () => ({ n: 0, sum: 0, right: 0 }));
  let brier = 0;
  let logLoss = 0;
  p.forEach((pi, i) => {
    const b = buckets[Math.min(9, Math.floor(pi * 10))]!;
    b.n++;
    b.sum += pi;
    b.right += y[i]!;
    brier += (pi - y[i]!) ** 2;
    const q = Math.min(Math.max(pi, 1e-6), 1 - 1e-6);
    logLoss -= y[i]! ? Math.log(q) : Math.log(1 - q);
  });
  const ece = buckets.reduce((s, b) => s + (b.n ? (Math.abs(b.sum / b.n - b.right / b.n) * b.n) / n : 0), 0);
  const order = p.map((pi, i) => [pi, y[i]!] as const).sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    for (let k = i; k < j; k++) if (order[k]![1]) rankSum += (i + j + 1) / 2;
    i = j;
  }
  const positives = y.filter((v) => v).length;
  const auc = (rankSum - (positives * (positives + 1)) / 2) / (positives * (n - positives));
  return { ece, brier: brier / n, logLoss: logLoss / n, auc };
}

/** Cross-validated predictions of the old confidence (in-fold rule precision, claims lowered) and of the model. */
function crossValidate(rows: readonly Row[], inputs: readonly string[], repeat: number): { old: number[]; model: number[] } {
  const old = new Array<number>(rows.length).fill(0);
  const model = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.filter((r) => foldOf(r.group, repeat) !== k);
    const precision = rulePrecisions(train);
    const withFold = (r: Row): StatementFeatures => ({ ...r.features, rulePrecision: precision(r.rule) });
    const w = fit(
      train.map((r) => vector(withFold(r), inputs)),
      train.map((r) => r.y),
    );
    rows.forEach((r, i) => {
      if (foldOf(r.group, repeat) !== k) return;
      const f = withFold(r);
      old[i] = f.rulePrecision * (f.claim ? attributionConfidenceFactor : 1);
      model[i] = sigmoid(vector(f, inputs).reduce((s, v, a) => s + v * w[a]!, 0));
    });
  }
  return { old, model };
}

/** Scores of the old confidence and of the model, averaged over the repeated fold assignments. */
function repeated(rows: readonly Row[], inputs: readonly string[], y: readonly number[]): { old: Scores; model: Scores } {
  const sum = { old: { ece: 0, brier: 0, logLoss: 0, auc: 0 }, model: { ece: 0, brier: 0, logLoss: 0, auc: 0 } };
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const cv = crossValidate(rows, inputs, repeat);
    for (const which of ['old', 'model'] as const) {
      const s = scores(cv[which], y);
      for (const key of ['ece', 'brier', 'logLoss', 'auc'] as const) sum[which][key] += s[key] / REPEATS;
    }
  }
  return sum;
}

const fmt = (s: Scores): string => `ECE ${s.ece.toFixed(4)}  Brier ${s.brier.toFixed(4)}  log loss ${s.logLoss.toFixed(4)}  AUC ${s.auc.toFixed(3)}`;

function main(args: readonly string[]): void {
  // `--from a,b`: start the forward selection from these inputs (the rule's precision always among them), to
  // measure what each further input adds to a model already chosen.
  const fromAt = args.indexOf('--from');
  const start = fromAt >= 0 ? args[fromAt + 1]!.split(',').filter((name) => name !== 'rulePrecision') : [];
  for (const name of start) if (!confidenceInputs[name]) throw new Error(`--from: no input ${name}`);
  const files = fromAt >= 0 ? args.filter((_, i) => i !== fromAt && i !== fromAt + 1) : args;
  const rows = readRows(files);
  const y = rows.map((r) => r.y);
  console.log(`${rows.length} judged predictions, ${y.filter((v) => v).length} right, ${new Set(rows.map((r) => r.group)).size} documents, ${FOLDS} folds grouped by document, ${REPEATS} fold assignments`);
  let chosen = ['rulePrecision', ...start];
  const first = repeated(rows, chosen, y).model;
  console.log(`start (${chosen.join(', ')}): ${fmt(first)}`);
  let best = first.logLoss;
  for (;;) {
    let next: string | undefined;
    let nextLoss = best;
    for (const name of Object.keys(confidenceInputs)) {
      if (chosen.includes(name)) continue;
      const s = repeated(rows, [...chosen, name], y).model;
      console.log(`  + ${name.padEnd(20)} ${fmt(s)}`);
      if (s.logLoss < nextLoss) [next, nextLoss] = [name, s.logLoss];
    }
    if (!next || nextLoss > best - MIN_GAIN) break;
    chosen = [...chosen, next];
    best = nextLoss;
    console.log(`chosen: ${chosen.join(', ')} (log loss ${best.toFixed(4)})`);
  }
  const cv = repeated(rows, chosen, y);
  console.log(`old confidence (in-fold rule precision, claims lowered, undiscounted): ${fmt(cv.old)}`);
  console.log(`rule precision alone, refitted:                                       ${fmt(repeated(rows, ['rulePrecision'], y).model)}`);
  console.log(`model (${chosen.join(', ')}): ${fmt(cv.model)}`);
  const w = fit(
    rows.map((r) => vector(r.features, chosen)),
    y,
  );
  console.log('coefficients (all rows):');
  console.log(`  intercept: ${w[0]!.toFixed(4)},`);
  chosen.forEach((name, i) => console.log(`  ${name}: ${w[i + 1]!.toFixed(4)},`));
}

main(process.argv.slice(2));
