import type { RelationRuleSpec } from '../rule-spec.js';
import { actor, takingParts, withEventBlockers } from './events.js';

const { SETTLEMENT, FORCES, IRREALIS, ATTEMPT, NOT_THE_ACTOR } = takingParts;

/**
 * Withdrawals whose place left is not after "from" (rules/events.ts withdrew-from reads "withdrew … from X"):
 * - the place where the withdrawn forces were: "withdrew much of the combat power remaining around X into Y",
 *   "Russian units around X continued to withdraw into Y" (annotation guidelines: withdrewFrom, "an actor withdrew,
 *   retreated, pulled back from, or left a place");
 * - a withdrawal noun of the clause's own actor: "Russian forces abandoned equipment in their withdrawal from X".
 */
const STOPS = [...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR, 'to', 'into', 'toward', 'towards', 'from', 'that', 'which', 'who', 'but', 'or'];
const LEAVER = actor(STOPS);
const COMPASS = '?northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern';
/** Verbs of withdrawing something or oneself. */
const WITHDRAWING = 'withdrew|withdrawn|withdrawing|withdraw|withdraws|pulled|pulling|retreated|retreating|retreat|retreats';
/** Where the withdrawn forces were, said by a participle: "the forces remaining around X". */
const HELD_THERE = 'remaining|stationed|deployed|located|positioned|operating|fighting|concentrated|left|still';
/** Where a withdrawal goes: the verb must head somewhere, so that the forces' place is the one left. */
const HEADING = 'to|into|toward|towards|across|behind|back';
/** Between the forces' place and their verb: no other clause, no plan. */
const TO_VERB = `*5,[${[...IRREALIS, ...NOT_THE_ACTOR, 'that', 'which', 'who', 'but', 'or', 'to'].join('|')}] ?to`;
/** A withdrawal noun and its kind: "their hasty withdrawal", "the retreat". */
const WITHDRAWAL_NOUN = 'the|their|its ?hasty|rapid|chaotic|disorderly|full|partial|ongoing|recent|successful|organized|orderly withdrawal|retreat|pullback|pull-back|withdrawals';

export const withdrawalHeldRules: readonly RelationRuleSpec[] = [
  {
    name: 'withdrew-held-place',
    predicate: 'withdrewFrom',
    subjectActs: true,
    confidence: 0.75,
    patterns: [
      // "withdrew most of the damaged combat power remaining around X into Y".
      `${LEAVER} ${WITHDRAWING} ?back|out *6[${STOPS.join('|')}] ${HELD_THERE} in|around|near|at|on ?the ${COMPASS} ?vicinity|outskirts|area ?of ?the O:Place+`,
      // "Russian units around X … continued to withdraw into Y": the forces' own place is the one they leave.
      `$actor S:Belligerent+ $tail ${FORCES} ?${HELD_THERE} in|around|near|at ?the ${COMPASS} O:Place+ ?and|or ?in|around|near|at ?the ${COMPASS} ?_:Place ${TO_VERB} ${WITHDRAWING} ?back|out ?successfully ${HEADING}`,
    ],
  },
  {
    name: 'withdrew-in-withdrawal',
    predicate: 'withdrewFrom',
    subjectActs: true,
    confidence: 0.75,
    // The noun is the clause's actor's own when it follows a time or circumstance word: "abandoned equipment in the
    // withdrawal from X", "regrouped after their retreat from X" (not "the withdrawal of Y from X": the noun's own "of").
    patterns: [`${LEAVER} in|during|after|amid|following|since ${WITHDRAWAL_NOUN} from ?around ${SETTLEMENT} O:Place+`],
  },
].map(withEventBlockers);
