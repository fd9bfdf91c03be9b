import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * "X (northwest of Z on the R47 highway), Y Oblast": a town's region after a bracketed aside that locates it by a
 * bearing or a road. The aside only says where near Z the town lies (no locatedIn for Z: annotation guidelines), the
 * region after the closing bracket is X's as in "X, Y Oblast" (builtin.ts place-comma-area, whose comma must follow
 * the name). Containment keeps only a smaller place in a region of its country; a list member takes it too
 * ("… near A, Y Oblast (…) and B (…), Z Oblast": B is in Z), the region being the one right after its own bracket.
 * The towns of a list the bracketed town closes take the region too, as in "A, B, and C, Y Oblast" (builtin.ts
 * places-comma-area): "struck A, B, and C (just north of A), Y Oblast", "A (…), B (…), and C (…), Y Oblast" (on the 294
 * ISW reports: 8 statements more, all as the text states them); a town with a region of its own keeps it.
 */
const COMPASS = 'northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north|south|east|west';
const HELD = '?_:Demonym ?- ?occupied|controlled|held|annexed|administered';

export const placeBracketAreaRules: readonly RelationRuleSpec[] = [
  {
    name: 'place-bracket-comma-area',
    predicate: 'locatedIn',
    containment: true,
    confidence: 0.8,
    // The aside holds no bracket of its own and is short; the region must end its phrase (a comma, a full stop, a
    // bracket or a conjunction after it), not begin a name of its own.
    patterns: [`S:Place+ ( **12[(|)|;] ) , ?the ?${COMPASS} ${HELD} O:Area ,|.|)|and|or|on|in`],
  },
];
