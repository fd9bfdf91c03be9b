import type { Doc, RelationMention } from '../model/document.js';
import { confidenceModel, modelConfidence } from './rules/confidence-model.js';
import { REDUNDANCY_INPUTS } from './rules/confidence-inputs.js';
import { statementContext, statementFeatures } from './statement-features.js';

/**
 * Whether the model weighs an input read from the redundancy counts. The fitted model (cal10) weighs none, and
 * counting them (two key strings and two map entries per statement) was ~40 of the 316 ms calibrateConfidence took
 * in the stage's CPU profile of two passes over the 294 ISW reports (branch speed11). Lazy getters on the features
 * object were tried instead: building an object literal with accessors per statement took 153 of statementFeatures'
 * 254 profile samples.
 */
const MODEL_READS_REDUNDANCY = Object.keys(confidenceModel.weights).some((input) => REDUNDANCY_INPUTS.has(input));

/**
 * Gives each statement of a built-in rule the confidence the statement model gives (rules/confidence-model.ts):
 * its rule's measured precision (rules/confidence.ts) weighed with what the statement's context shows (how many
 * statements its sentence made, the sentence's length, a demonym argument, a list's later item, an argument
 * named once in its paragraph); drops what falls below `minConfidence`. Runs after the stage's
 * dedupe: there the rule tables' own confidences rank rules against each other (which of leaderOf and memberOf a
 * sentence gives, which rule's name a statement keeps), and a re-measured table must not change what is
 * extracted, only what its confidence says. Statements of rules not in `calibrated` (a user's rule files) keep the
 * confidence their rule states. Features are computed only for the statements made; `keyOf` (the stage's
 * cached provisional keys) identifies the entities their paragraph counts.
 */
export function calibrateConfidence(
  doc: Doc,
  relations: readonly RelationMention[],
  calibrated: ReadonlySet<string>,
  minConfidence: number,
  keyOf: (mention: number) => string,
): RelationMention[] {
  const context = statementContext(doc, relations, keyOf, { redundancy: MODEL_READS_REDUNDANCY });
  const out: RelationMention[] = [];
  for (const r of relations) {
    if (calibrated.has(r.rule)) r.confidence = modelConfidence(statementFeatures(doc, r, context));
    if (r.confidence >= minConfidence) out.push(r);
  }
  return out;
}
