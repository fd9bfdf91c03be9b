import type { StatementFeatures } from '../statement-features.js';
import { confidenceInputs } from './confidence-inputs.js';
import { HELD_OUT_DISCOUNT } from './confidence.js';

/**
 * The weights of the statement confidence model: a logistic regression over inputs of confidence-inputs.ts
 * (the rule's measured precision as a logit, and what the statement's context shows), fitted on the judged
 * predictions (right or wrong, arguments overlapping, as `evaluate` judges them) of ISW dev (1657), ISW blind dev
 * (336), wire-news dev (180) and domain-dev (95): 2268 statements, 84 wrong, 609 documents. Inputs chosen by
 * forward selection on log loss, 5-fold cross-validation grouped by document, L2 penalty 1.
 *
 * Fitted 2026-12-07 01:00 UTC on branch cal9 (int9 bea3046 + cal9) with
 *   node bin/newsgraph.js evaluate --gold <split> [--texts ../shared/corpus/isw] --errors --json <split>.json
 *   node dist/bench/fit-confidence.js iswdev.json blind.json domain.json gmb.json
 * Cross-validated (undiscounted; see docs/evaluation.md, "cal9"): rule precision alone ECE 0.091, Brier 0.0493;
 * this model ECE 0.004, Brier 0.0358. Re-fit after re-measuring the rule table (rules/confidence.ts).
 */
export const confidenceModel: { readonly intercept: number; readonly weights: Readonly<Record<string, number>> } = {
  intercept: 1.3698,
  weights: {
    rulePrecision: 0.6509,
    // A reported claim is right a little less often than a plain statement of the same rule.
    claim: -0.1722,
    // Log of the statements the sentence made: sentences stating many pairs (lists of places attacked, units of
    // a formation) were right more often (5 or more: 0.99 of 455) than those stating one or two (0.95 of 1339).
    sentenceStatements: 0.4682,
  },
};

/**
 * A statement's confidence from its features: the model's probability that it is right, times the held-out
 * discount (rules/confidence.ts: dev precision overstates held-out precision by that ratio), to three places.
 */
export function modelConfidence(features: StatementFeatures): number {
  let z = confidenceModel.intercept;
  for (const [name, weight] of Object.entries(confidenceModel.weights)) z += weight * confidenceInputs[name]!(features);
  return Math.round((HELD_OUT_DISCOUNT / (1 + Math.exp(-z))) * 1000) / 1000;
}
