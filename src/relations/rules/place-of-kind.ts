import type { RelationRuleSpec } from '../rule-spec.js';

/** Kinds of place wire news names a place by before its name ("the state of X", "its largest city, X"). */
const KIND = 'state|province|region|city|town|capital|island|port|village|district|county|prefecture|territory|enclave|resort';
/**
 * Words that say which of the kind it is: "largest", "southern", "oil-rich", "main port". No article or preposition:
 * "from [X] toward the city of [Y]" and "from [X] through the port of [Y]" name two places of a route, not one in the
 * other (2 of 11 new statements on the ISW reports before this stop).
 */
const WHICH = '*3[the|a|an|of|and|or|in|near|from|to|toward|towards|through|via|into|at|on|by|for|with|across|along|over|past|beyond|between|that|which|who|where|said|says]';
const COMPASS = '?northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern';

/**
 * locatedIn for a place named after its kind and the larger place it is a kind of: "the central [Freedonia] state of
 * [Y]", "[Freedonia]'s largest city, [Y]", "the [Y] provincial capital, [Z]". The larger place is named before the
 * kind, as its possessive or its modifier; the smaller one after "of" or the comma. Containment keeps only a smaller
 * kind of place inside the larger one's country ("the Freedonian capital, [Z]": a demonym is no place, guidelines).
 */
export const placeOfKindRules: readonly RelationRuleSpec[] = [
  {
    name: 'place-kind-of-area',
    predicate: 'locatedIn',
    containment: true,
    confidence: 0.75,
    patterns: [
      `?the ${COMPASS} O:Area ?'s ${WHICH} ${KIND} of S:Place`,
      `O:Area 's ${WHICH} ${KIND} , S:Place`,
      `?the O:Area provincial|regional|state|district ?capital|capital|seat , S:Place`,
      // The larger place's possessive with words of which part between, and the kind after the name: "[X]'s troubled
      // [Y] region", "[X]'s northwestern [Y] valley" (builtin.ts place-possessive reads the bare "[X]'s [Y]").
      `O:Area|City 's ${WHICH} S:Place region|area|province|district|valley|island|state|county|prefecture|territory`,
      // The smaller place before, placed by the larger one named after its kind: "[X], in the central [Freedonia] state of
      // [Y]", "[X] city on the southern island of [Y]" (X lies in Y, the narrowest place named).
      `S:Place ?city|town|village|port ?, in|on ?the ${COMPASS} ?_:Area ?'s ${WHICH} ${KIND} of O:Place`,
    ],
  },
];
