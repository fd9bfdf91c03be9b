import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * An attempt to advance to a place attacks it, as one "on" or "toward" it does (annotation guidelines: "attempted to
 * advance on X"): "Russian forces unsuccessfully attempted to advance to X and withdrew", "tried and failed to advance
 * to X". The core rule (events.ts attacked-place) reads "advance" with the prepositions of where an attack lands,
 * which leave "to" out: a plain "advanced to X" is a move, no attack; only the attempt makes it one.
 */
const { ATTACKER, SETTLEMENT } = attackParts;

/** Words of trying, right before "to advance". */
const TRIED = 'attempted|attempting|attempt|attempts|tried|trying|failed';

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-advance-attempt',
    predicate: 'attacked',
    // As attacked-place, whose actor and place words it uses (rules/confidence.ts measures it).
    confidence: 0.8,
    actor: true,
    patterns: [`${ATTACKER} ${TRIED} to advance to ${SETTLEMENT} O:Place+^>`, `${ATTACKER} tried and failed to advance to ${SETTLEMENT} O:Place+^>`],
  },
];

export const attackAttemptRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
