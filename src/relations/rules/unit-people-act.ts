import type { RelationRuleSpec } from '../rule-spec.js';
import { NOT_YET_WORDS } from './unit-action-words.js';

/**
 * operatesIn for a named unit or armed organization whose people did something at a place, whatever the verb: "Zubr
 * Group mercenaries looted a warehouse in occupied X", "fighters of the 5th Brigade were wounded at a hospital in X".
 * The annotation guidelines place a group where it has troops or staff ("[X]-led troops in [Y]"); the verb rules
 * (builtin.ts unit-*) read only their verbs of fighting, moving and staying, and the broad reading
 * (unit-place-cooccurrence.ts) only a presence word between the names. Read as misses on ISW blind dev (1) and ISW dev
 * (1) by branch op12 (2026-12-07), one with a hedged past ("may have looted"), which the guidelines keep.
 * Anchored on the people noun, a rare word right after a group's name.
 */

/** The group's people: persons, not its units (a unit's parts are the verb rules'). */
const PEOPLE = 'mercenaries|fighters|soldiers|servicemen|personnel|operatives|officers|contractors|convicts|recruits|reservists|militants|gunmen';
/**
 * Between the people and the place: no other clause, no speech (what they said happened elsewhere), no plan or
 * forecast, and no people being readied (recruited, trained or formed somewhere is not acting there). A name stops
 * the gap too (plain words only): "… soldiers complained that Ukrainian shelling in X …".
 */
const NOT_THERE = `${NOT_YET_WORDS}|that|which|who|whom|whose|where|but|and|or|because|although|if|unless|said|say|says|stated|claimed|claim|claims|reported|told|wrote|posted|published|recruited|recruiting|recruit|trained|training|formed|forming|mobilized|to|toward|towards|against|by|on`;
const TO_THE_PLACE = `*8[${NOT_THERE}]`;
/** A hedged past is kept (annotation guidelines: claims and hedges are statements): "may have looted". */
const HEDGED_PAST = 'may|might|could have';
/** The people, then maybe the hedge, each clause shape once with and once without it. */
const hedged = (pattern: string): string[] => [pattern.replace(' $hedge', ''), pattern.replace('$hedge', HEDGED_PAST)];
const COMPASS = 'northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern';
/** Where they did it: "in occupied X", "at a hospital in X" (the gap holds the site noun). */
const AT_THE_PLACE = `in|at|near ?occupied ?the ?${COMPASS} O:Place+>`;

const rules: RelationRuleSpec[] = [
  {
    name: 'unit-people-act-at-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.65,
    patterns: [
      // "Zubr Group mercenaries looted …", "the 5th Brigade's soldiers were wounded …": the people open their clause.
      ...hedged(`$clause ?the ?_:Demonym S:Unit|ArmedOrg+ $tail ?'s ${PEOPLE} $hedge ${TO_THE_PLACE} ?$aside ${AT_THE_PLACE}`),
      // "soldiers of the 5th Brigade were wounded …".
      ...hedged(`$clause ${PEOPLE} of|from ?the ?_:Demonym S:Unit|ArmedOrg+ $tail $hedge ${TO_THE_PLACE} ?$aside ${AT_THE_PLACE}`),
    ],
  },
];

export const unitPeopleActRules: readonly RelationRuleSpec[] = rules;
