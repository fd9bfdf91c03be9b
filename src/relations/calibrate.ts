import type { RelationMention } from '../model/document.js';
import { attributionConfidenceFactor } from './rules/cues.js';
import { ruleConfidence } from './rules/confidence.js';

/**
 * Gives each statement of a built-in rule the confidence its rule's measured precision gives
 * (rules/confidence.ts), lowered for a reported claim as the rule's own confidence is; drops what falls below
 * `minConfidence`. Runs after the stage's dedupe: there the rule tables' own confidences rank rules against
 * each other (which of leaderOf and memberOf a sentence gives, which rule's name a statement keeps), and a
 * re-measured table must not change what is extracted, only what its confidence says. Statements of rules
 * not in `calibrated` (a user's rule files) keep the confidence their rule states.
 */
export function calibrateConfidence(relations: readonly RelationMention[], calibrated: ReadonlySet<string>, minConfidence: number): RelationMention[] {
  const out: RelationMention[] = [];
  for (const r of relations) {
    if (calibrated.has(r.rule)) {
      const measured = ruleConfidence(r.rule);
      r.confidence = Math.round((r.attribution ? measured * attributionConfidenceFactor : measured) * 1000) / 1000;
    }
    if (r.confidence >= minConfidence) out.push(r);
  }
  return out;
}
