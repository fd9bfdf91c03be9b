import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * A district named by its town with a lowercase "district" or "raion" after it (annotation guidelines: the lowercase
 * word stays outside the span, the name is a place): "the village of X in the Y district of Z Oblast" → X in Y, Y in Z.
 * builtin.ts place-in-district reads the comma form ("X, in the Y district"); place-in-area reads "X in Y Raion",
 * whose kind word is part of the name. No containment check: the district word says it (the gazetteer kinds of a
 * district's town, a city, would fail it).
 * Only the district's own region is read here: "X in the Y district" stays unread without a comma (see below).
 */
const DISTRICT = 'district|raion|rayon|hromada|municipality|county';
const COMPASS = '?northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern';
const HELD = '?_:Demonym ?- ?occupied|controlled|held|annexed|administered';

export const placeDistrictRules: readonly RelationRuleSpec[] = [
  {
    name: 'place-in-named-district',
    predicate: 'locatedIn',
    confidence: 0.75,
    // "the Y district of Z Oblast", "Y raion in occupied Z Oblast": the district's own region. (Not "X in the Y district":
    // without an apposition's comma the phrase may be the verb's, "troops who left X in the Y district" —
    // test/relations/place-relative-shapes.test.ts.)
    patterns: [`S:Place ${DISTRICT} of|in ?the ${COMPASS} ${HELD} O:Area`],
  },
];
