import type { StatementFeatures } from '../relations/statement-features.js';

/**
 * Whether a relation's confidence predicts its correctness: the judged predictions grouped by confidence
 * bucket, with the precision observed in each. A calibrated extractor's precision in a bucket lies within
 * it ("0.8–0.9" → about 85% right).
 */
export interface CalibrationRow {
  /** Bucket bounds: lower inclusive, upper exclusive (the last one includes 1). */
  from: number;
  to: number;
  predicted: number;
  correct: number;
  /** correct / predicted (0 when empty). */
  precision: number;
  /** Mean confidence of the bucket's predictions (0 when empty). */
  meanConfidence: number;
}

/** Bucket lower bounds. Statements below 0.5 are not emitted by default (relations.minConfidence). */
const BOUNDS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0000001];

/** How often one rule's judged predictions were right: its measured precision. */
export interface RuleRow {
  rule: string;
  predicted: number;
  correct: number;
  precision: number;
}

/** One judged prediction with what its context showed: a row of the data the confidence model is fitted on. */
export interface JudgedStatement {
  doc: string;
  rule: string;
  confidence: number;
  correct: boolean;
  features?: StatementFeatures;
}

export class Calibration {
  /** Every judged prediction, kept when the caller asks for them (`evaluate --errors --json`). */
  readonly judged: JudgedStatement[] = [];
  constructor(private readonly keepJudged = false) {}
  private readonly byRule = new Map<string, { predicted: number; correct: number }>();
  private readonly predicted = new Array<number>(BOUNDS.length - 1).fill(0);
  private readonly correct = new Array<number>(BOUNDS.length - 1).fill(0);
  private readonly sum = new Array<number>(BOUNDS.length - 1).fill(0);

  add(confidence: number, correct: boolean, rule?: string, context?: { doc: string; features?: StatementFeatures }): void {
    if (this.keepJudged && rule !== undefined && context) this.judged.push({ doc: context.doc, rule, confidence, correct, ...(context.features ? { features: context.features } : {}) });
    if (rule !== undefined) {
      const r = this.byRule.get(rule) ?? { predicted: 0, correct: 0 };
      r.predicted++;
      if (correct) r.correct++;
      this.byRule.set(rule, r);
    }
    let b = 0;
    while (b < BOUNDS.length - 2 && confidence >= BOUNDS[b + 1]!) b++;
    this.predicted[b]!++;
    this.sum[b]! += confidence;
    if (correct) this.correct[b]!++;
  }

  /** Per rule, most predictions first (then by name): what `relations/rules/confidence.ts` is measured from. */
  ruleRows(): RuleRow[] {
    return [...this.byRule]
      .map(([rule, { predicted, correct }]) => ({ rule, predicted, correct, precision: correct / predicted }))
      .sort((a, b) => b.predicted - a.predicted || (a.rule < b.rule ? -1 : 1));
  }

  rows(): CalibrationRow[] {
    return this.predicted.map((n, b) => ({
      from: BOUNDS[b]!,
      to: Math.min(1, BOUNDS[b + 1]!),
      predicted: n,
      correct: this.correct[b]!,
      precision: n === 0 ? 0 : this.correct[b]! / n,
      meanConfidence: n === 0 ? 0 : Math.round((this.sum[b]! / n) * 1000) / 1000,
    }));
  }
}
