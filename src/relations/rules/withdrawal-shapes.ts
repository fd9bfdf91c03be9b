import type { RelationRuleSpec } from '../rule-spec.js';
import { FORCES } from './events.js';

/**
 * A withdrawal told in an aside on the party: "the 4th Tank Division (likely withdrawn from the X axis last
 * week) was observed in Y", "the 4th Tank Division, which withdrew from X in March, …", "elements of the 20th
 * Army, redeployed from the X region, …". The aside's verb has the party as its subject, as "the 20th Army
 * withdrew from X" (withdrew-from, rules/events.ts), whose actor's words never cross a comma or a bracket.
 */
const WITHDREW = 'withdrew|withdrawn|retreated|pulled|redeployed|relocated|rotated';
const HEDGE = '?likely|reportedly|recently|previously|possibly|probably|already|just|reportedly';
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
    ],
  },
];
