import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * Entering a town is an advance into it, an attack (annotation guidelines, "Words of taking and leaving": "entered X" is
 * `attacked`, not `captured`, as the ISW dev gold has it): "Russian forces entered southern X", "entered the northern
 * outskirts of X", "soldiers of the 200th Brigade entered X", "units entered the X Chemical Plant". A town or a site only:
 * forces that enter a country or a region cross a border, which is no attack on it ("entered Belarus for exercises").
 * Branch iswatk6: 6 of the ISW dev split's missed attacks; built on attacked-place's actor and place words (events.ts).
 */
const { ATTACKER, SETTLEMENT } = attackParts;

const ENTERING = 'entered|entering|reentered|re-entered';

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-entry',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: [`${ATTACKER} ${ENTERING} ${SETTLEMENT} O:City|Site+^>`],
  },
];

export const attackEntryRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
