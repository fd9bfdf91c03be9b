import type { RelationRuleSpec } from '../rule-spec.js';
import { FORCES } from './events.js';

/**
 * A withdrawal told in an aside on the party: "the 10th Tank Division (likely withdrawn from the X axis last
 * week) was observed in Y", "the 4th Tank Division, which withdrew from X in March, …", "elements of the 20th
 * Army, redeployed from the X region, …". The aside's verb has the party as its subject, as "the 20th Army
 * withdrew from X" (withdrew-from, rules/events.ts), whose actor's words never cross a comma or a bracket.
 */
const WITHDREW = 'withdrew|withdrawn|retreated|pulled|redeployed|relocated|rotated';
const HEDGE = '?likely|reportedly|recently|previously|possibly|probably|already|just|reportedly';
/** The party's own forces, named by a noun a nationality or a unit may stand before. */
export const FORCE_NOUNS = 'forces|troops|units|unit|elements|groups|group|BTGs|BTG|battalions|brigades|regiments|companies|formations|servicemen|personnel|soldiers|fighters|detachments';
/** Words that end the noun phrase before the force noun: a verb of another clause, a preposition. */
export const GAP_STOPS = 'that|which|who|and|or|of|in|on|at|to|from|against|struck|shelled|attacked|destroyed|hit|targeted|repelled';
const PART = '?northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|central';

export const withdrawalShapeRules: readonly RelationRuleSpec[] = [
  {
    name: 'withdrew-aside',
    predicate: 'withdrewFrom',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.75,
    patterns: [
      // (Also between dashes: "the 2nd Army—which was previously withdrawn from the X axis—is deploying …".)
      `S:Belligerent+ $tail ${FORCES} ,|(|\u2014|\u2013 ?which|who|that ?had|has|have|was|were|been ${HEDGE} ${WITHDREW} ?back|out from|of ?the ${PART} O:Place+`,
      // A restrictive clause on the party's force noun: "the Russian battalion tactical groups that retreated
      // from around X", "Ukrainian units that withdrew from X" (the noun names the party's own forces; a party
      // that does something to others' units is no such noun's: "struck convoys that withdrew" has no force word).
      ...['', '( *2 )'].map((bracket) => `S:Belligerent+ $tail *3[${GAP_STOPS}] ${FORCE_NOUNS} ${bracket} that|which|who ?had|have|has ${HEDGE} ${WITHDREW} ?back|out from|of ?around ?the ${PART} O:Place+`),
    ],
  },
];
