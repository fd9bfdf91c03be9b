import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * Attacks repelled in a list of noun phrases, the first naming the attacker: "repelled a Russian assault near A and
 * an attack on B" — the second attack is the same party's (annotation guidelines: "repelled Russian assaults on X" →
 * attacked(Russian, X)). The first phrase is read by the actor rules; this reads a later one, whose noun has no
 * nationality of its own. The gap between never crosses another clause.
 */
const { ATTACK_AT, SETTLEMENT, NEW_CLAUSE } = attackParts;

const REPELLING = 'repelled|repulsed|repelling|repel|repels|neutralized|neutralised|neutralizing|stopped|halted|thwarted|defeated|foiled';
const COUNT = '?a|an|the|several|two|three|four|multiple|numerous';
/** The later noun: an attack or an attempt, with what kind it was ("an unsuccessful ground assault on B"). */
const LATER_NOUN = `?a|an|another|several|two|three|multiple|the ?unsuccessful|limited|failed|ground|mechanized|infantry|localized|further ?ground attack|attacks|assault|assaults|attempt|attempts|counterattack|counterattacks|offensive|raid|raids`;

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-repelled-list',
    predicate: 'attacked',
    confidence: 0.75,
    patterns: [`${REPELLING} ${COUNT} S:Demonym **16[${NEW_CLAUSE}|that|;|and] and ${LATER_NOUN} ${ATTACK_AT} ${SETTLEMENT} O:Place+>`],
  },
];

export const attackRepelledListRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
