import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * A region, then the places of it the sentence picks out: "struck rear areas in occupied Y Oblast, including A, B,
 * and C", "shelled civilian areas in Y Oblast, particularly X City", "operations throughout Y, including near A". The
 * places are named as part of the region, so each lies in it (annotation guidelines: "X in Y Oblast"). Containment
 * keeps a place abroad from being put in the region ("in eastern Y, including Z's W Oblast"). On the 294 ISW
 * reports: 13 statements from 6 reports, all as the text states them.
 */
const COMPASS = 'northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern';
const HELD = '?_:Demonym ?- ?occupied|controlled|held|annexed|administered';
const PICKED = 'including|particularly|notably|especially|namely|primarily|mainly|mostly';

export const placeAreaIncludingRules: readonly RelationRuleSpec[] = [
  {
    name: 'area-including-places',
    predicate: 'locatedIn',
    containment: true,
    objectAlone: true,
    confidence: 0.75,
    patterns: [
      `in|throughout|across ?the ?${COMPASS} ${HELD} O:Area , ${PICKED} S:Place+`,
      // "in Y, including in A and B", "in Y, including those in A": only after "including" does a preposition keep the
      // places the region's; "checkpoints in Y, particularly in X" says where the checkpoints are most (the ISW dev gold
      // marks no locatedIn there).
      `in|throughout|across ?the ?${COMPASS} ${HELD} O:Area , including in|near|around|those ?in ?the S:Place+`,
    ],
  },
];
