import type { StatementFeatures } from '../statement-features.js';
import { confidenceInputs } from './confidence-inputs.js';
import { HELD_OUT_DISCOUNT } from './confidence.js';

/**
 * The weights of the statement confidence model: a logistic regression over inputs of confidence-inputs.ts
 * (the rule's measured precision as a logit, and what the statement's context shows), fitted on the judged
 * predictions (right or wrong, arguments overlapping, as `evaluate` judges them) of ISW dev (1661), ISW blind dev
 * (336), wire-news dev (180) and domain-dev (95): 2272 statements, 84 wrong, 610 documents. Inputs chosen by
 * forward selection on cross-validated log loss (5 folds grouped by document, 5 fold assignments averaged; an
 * input is kept when it lowers the loss by 0.001 or more), L2 penalty 1; branch cal10 started the selection from
 * cal9's four inputs (the rule's precision, the sentence's statements, its length, a demonym) and added two.
 *
 * Fitted 2026-12-07 03:00 UTC on branch cal10 (main 4130842 + cal10) with
 *   node bin/newsgraph.js evaluate --gold <split> [--texts ../shared/corpus/isw] --errors --json <split>.json
 *   node dist/bench/fit-confidence.js iswdev.json blind.json domain.json gmb.json --from sentenceStatements,sentenceWords,demonym
 * Cross-validated, undiscounted (docs/evaluation.md, "cal10"): the old confidence (rule precision, claims ×0.9)
 * ECE 0.091, Brier 0.0491, AUC 0.536; cal9's inputs refitted ECE 0.007, Brier 0.0357, log loss 0.1564, AUC 0.631; this
 * model ECE 0.006, Brier 0.0355, log loss 0.1537, AUC 0.661. Measured and not chosen (log loss change when added to
 * cal9's model): the same triple stated in another sentence of the paragraph (−0.0008, and it lowers: right 0.908
 * of 102 restated against 0.965 of 2170 stated once), the same pair under any predicate (−0.0002), arguments
 * linked to no gazetteer record (−0.0007, and it raises: both unlinked 0.991 of 215), a date (+0.0003), a
 * reported claim (+0.0005), the words, mentions and breaks between the arguments, an antecedent, the predicate;
 * after the two chosen, none lowers it by more than 0.0002. The arguments' paragraph-wide inputs are counted in the
 * paragraph, where they were fitted (statement-features.ts).
 * Re-fit after re-measuring the rule table (rules/confidence.ts).
 */
export const confidenceModel: { readonly intercept: number; readonly weights: Readonly<Record<string, number>> } = {
  intercept: 5.2277,
  weights: {
    rulePrecision: 0.6915,
    // Log of the statements the sentence made: sentences stating many pairs (lists of places attacked, units of
    // a formation) were right more often (5 or more: 0.99 of 455) than those stating one or two (0.95 of 1339).
    sentenceStatements: 0.3531,
    // Log of the sentence's words (capped at 50): long sentences give more wrong pairs (50–59 words: 0.934 of 183;
    // 10–19: 0.979 of 233).
    sentenceWords: -1.2073,
    // An argument that is a demonym ("Russian forces"): right 0.956 of 1035 against 0.969 of 1233.
    demonym: -0.6382,
    // Log(1 + the statements of the same subject and predicate before it in the sentence): a list's later items
    // were right more often (second and later: 0.985 of 412) than its first (0.958 of 1860). Cross-validated
    // log loss 0.1564 → 0.1547, AUC 0.631 → 0.649 when added to cal9's model.
    listPosition: 1.0176,
    // The less mentioned argument named only once in the paragraph: right 0.971 of 1717 against 0.937 of 555
    // (an entity named again gives a rule more chances to pair the wrong mention). Log loss 0.1547 → 0.1537,
    // AUC 0.649 → 0.661 on top of the list position; the mention count as a log lowered it by 0.0004 only.
    mentionedOnce: 0.6413,
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
