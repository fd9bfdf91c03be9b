import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * An attack placed by a bearing from a town and then, after a comma, by the places it hit: "conducted airstrikes
 * east and south of X, near A and B". The places after the comma are the attack's (annotation guidelines: "east of
 * T" gives T only when the sentence names no more specific target; this rule gives T nothing).
 */
const { ATTACKER, ATTACKS, SETTLEMENT } = attackParts;

const COMPASS = 'north|south|east|west|northeast|northwest|southeast|southwest';
const BEARING = `?to ?the ${COMPASS} ?, ?and|or ?${COMPASS} ?, ?and|or ?${COMPASS} of ?the`;

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-refined-place',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: [
      `${ATTACKER} ${ATTACKS} *6 ${BEARING} _:Place $tail , near|in|around|at ${SETTLEMENT} O:Place+>`,
      // Or by the directions it took, with no comma: "attempted to attack northwest of X in the directions of A and B".
      `${ATTACKER} ${ATTACKS} *6 ${BEARING} _:Place $tail ?, in|toward|towards ?the direction|directions of O:Place+>`,
      // Or by the area it fell in, named by its town: "counterattacks southwest of X on the A area", "in the A sector"
      // (attack-locus.ts drops X then).
      `${ATTACKER} ${ATTACKS} *6 ${BEARING} _:Place $tail ?, in|on the O:Place area|areas|sector`,
    ],
  },
];

export const attackRefinedPlaceRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
