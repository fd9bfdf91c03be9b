import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * Fire on "these areas" is on the places the sentence named before: "Russian troops did not conduct any ground attacks
 * in northern A or eastern B oblasts and continued regular shelling in these areas" → attacked A and B (annotation
 * guidelines: the relation links the last named mention of what a description stands for). The first clause is
 * negated; the second ("and continued …") is not (negation.ts ends the scope at "and" with a new verb). The places
 * are read where the first clause puts them, after a preposition of where or a bearing; a second place phrase
 * joined by "or"/"and" has its own pattern. Only the plural description: "this area" is anaphora.ts's.
 */
const { FORCES } = attackParts;

const COMPASS_PART = 'northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern';
/** Where the first clause puts its places: "in", "near", "toward", a bearing's "of". */
const WHERE = 'in|near|around|toward|towards|along|on|of';
/** Words no gap crosses: another clause. */
const CLAUSE = ';|but|that|which|while|whereas|because|although|though|.';
/** The second clause: a verb of going on with fire, the fire, and the description. */
const FIRE_ON_THEM = `and continued|conducted|maintained|launched|intensified *6[${CLAUSE}] in|on|across|against|throughout these|those areas|regions|sectors|settlements`;
const ACTOR = `$clause S:Belligerent+ $tail ?${FORCES} **12[${CLAUSE}]`;

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-these-areas',
    predicate: 'attacked',
    // As attacked-second-place, a derived reading of the same actor (rules/confidence.ts measures it).
    confidence: 0.7,
    patterns: [
      `${ACTOR} ${WHERE} ?the ?${COMPASS_PART} O:Place+ **8[${CLAUSE}] ${FIRE_ON_THEM}`,
      // "… southwest of A or in eastern B and continued …": the second place phrase.
      `${ACTOR} _:Place+ *6[${CLAUSE}] or|and ${WHERE} ?the ?${COMPASS_PART} O:Place+ **8[${CLAUSE}] ${FIRE_ON_THEM}`,
    ],
  },
];

export const attackTheseAreasRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
