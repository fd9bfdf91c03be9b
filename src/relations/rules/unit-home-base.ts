import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * operatesIn for where a unit is based, said in an aside of its name: "the 205th Brigade (based in X, Y Krai) was
 * deployed to Z", "the 22nd Corps (based in X)", "the 25th Brigade, part of the 6th Army and permanently deployed near
 * X, …" (annotation guidelines: a unit stationed in a place operates there; unit-stationed-at-place reads "based in X"
 * as a verb phrase of the unit, but `$tail` passes over a bracket whole, and the participle after "part of …" belongs
 * to no verb phrase). On fresh unannotated ISW paragraphs (samples of 150, 50 and 80 chosen for units) 2 such asides
 * were missed, and a search of the non-test reports for the shape found 2 more. Not "deployed to X" (a move:
 * unit-sent-to-place), not "formerly based in X" (the word before the participle must be none or a word of lasting).
 */
const LASTING = 'permanently|normally|usually|currently|headquartered|garrisoned';
const BASED = 'based|stationed|garrisoned|headquartered|deployed';
const AT = 'in|near|at|outside ?the';

const rules: RelationRuleSpec[] = [
  {
    name: 'unit-home-base-aside',
    predicate: 'operatesIn',
    confidence: 0.7,
    patterns: [
      `S:Unit ( ?${LASTING} ${BASED} ${AT} O:Place`,
      `S:Unit , part of ?the _:Unit and ?${LASTING} ${BASED} ${AT} O:Place`,
    ],
  },
];

export const unitHomeBaseRules: readonly RelationRuleSpec[] = rules;
