import type { StatementFeatures } from '../statement-features.js';
import { confidenceInputs } from './confidence-inputs.js';
import { HELD_OUT_DISCOUNT } from './confidence.js';

/**
 * The weights of the statement confidence model: a logistic regression over inputs of confidence-inputs.ts
 * (the rule's measured precision as a logit, and what the statement's context shows), fitted on the judged
 * predictions (right or wrong, arguments overlapping, as `evaluate` judges them) of ISW dev (1657), ISW blind dev
 * (336), wire-news dev (180) and domain-dev (95): 2268 statements, 84 wrong, 609 documents. Inputs chosen by
 * forward selection from the rule's precision on cross-validated log loss (5 folds grouped by document, 5 fold
 * assignments averaged; an input is kept when it lowers the loss by 0.001 or more), L2 penalty 1.
 *
 * Fitted 2026-12-07 01:10 UTC on branch cal9 (int9 bea3046 + cal9) with
 *   node bin/newsgraph.js evaluate --gold <split> [--texts ../shared/corpus/isw] --errors --json <split>.json
 *   node dist/bench/fit-confidence.js iswdev.json blind.json domain.json gmb.json
 * Cross-validated, undiscounted (docs/evaluation.md, "cal9"): the old confidence (rule precision, claims ×0.9)
 * ECE 0.091, Brier 0.0490, AUC 0.537; this model ECE 0.007, Brier 0.0358, AUC 0.634. Not chosen: a reported
 * claim (right 0.962 of 1101 against 0.964 of 1167 plain; adding it raised the loss), the words, mentions and
 * breaks between the arguments, an antecedent, the predicate. Re-fit after re-measuring the rule table
 * (rules/confidence.ts).
 */
export const confidenceModel: { readonly intercept: number; readonly weights: Readonly<Record<string, number>> } = {
  intercept: 5.2104,
  weights: {
    rulePrecision: 0.7056,
    // Log of the statements the sentence made: sentences stating many pairs (lists of places attacked, units of
    // a formation) were right more often (5 or more: 0.99 of 455) than those stating one or two (0.95 of 1339).
    sentenceStatements: 0.6149,
    // Log of the sentence's words (capped at 60): long sentences give more wrong pairs (50–59 words: 0.934 of 183;
    // 10–19: 0.979 of 233).
    sentenceWords: -1.1038,
    // An argument that is a demonym ("Russian forces"): right 0.956 of 1035 against 0.969 of 1233.
    demonym: -0.6306,
  },
};

/** The weighed inputs, looked up once. */
const terms = Object.entries(confidenceModel.weights).map(([name, weight]) => [confidenceInputs[name]!, weight] as const);

/**
 * A statement's confidence from its features: the model's probability that it is right, times the held-out
 * discount (rules/confidence.ts: dev precision overstates held-out precision by that ratio), to three places.
 */
export function modelConfidence(features: StatementFeatures): number {
  let z = confidenceModel.intercept;
  for (const [input, weight] of terms) z += weight * input(features);
  return Math.round((HELD_OUT_DISCOUNT / (1 + Math.exp(-z))) * 1000) / 1000;
}
