import type { RelationRuleSpec } from '../rule-spec.js';
import { NOT_YET_WORDS } from './unit-action-words.js';

/**
 * operatesIn for a unit whose clause names its fighting at a place by a noun, whatever verb carries it: "servicemen of
 * the 5th Brigade were denied pay for participating in operations in X", "elements of the Y Group used a helicopter in
 * operations in X", "the 3rd Regiment suffered badly during the fighting near X". The annotation guidelines place a
 * unit where it is operating or fighting; the verb rules (builtin.ts unit-*) read the noun only after their own verbs
 * ("participated in combat operations in X"). Anchored on the noun, a rare word in a sentence that names a unit.
 */

/** Nouns of fighting. */
const FIGHTING_NOUNS = 'operations|hostilities|fighting|battles|combat';
/** What may qualify them: "combat operations", "the ongoing offensive operations". */
const QUALIFIERS = '?the|its|their|ongoing|recent|active|continued ?combat|military|offensive|defensive|assault|counteroffensive|ground';
/**
 * Between the unit and the noun: no other clause, no plan or forecast, and no people still to be readied for the
 * fight ("recruited convicts to take part in operations in X"). A nationality may stand among the words ("used a
 * French helicopter in operations in X").
 */
const NOT_THERE = `${NOT_YET_WORDS}|that|which|who|whom|whose|where|when|while|but|and|or|expected|expects|ready|readying|set|begin|begins|start|starts|future|planning|prior|before|ahead|without|recruited|recruiting|recruit|recruits|formed|forming|form|trained|training|train|mobilized|mobilizing|mobilize`;
const TO_THE_NOUN = `*9[${NOT_THERE}] ?_:Demonym *4[${NOT_THERE}]`;
/** The word before the noun: the fight as where or when something happened, or as what the unit came through. */
const IN_THE_FIGHT = 'in|during|after|from|amid|survived|survive|survives';
/** A unit's people or parts, named before or after it: "servicemen of the 5th Brigade", "Wagner Group fighters". */
const PEOPLE = 'units|unit|elements|element|forces|troops|servicemen|personnel|fighters|soldiers|mercenaries|detachments|detachment|subunits|battalions|btgs|btg|members|crews';
/** Where the fighting was: a place, or a named part of one. */
const FIGHTING_PLACE = `in|near|around|on|at|along ?the|an|a ?unspecified ?northern|southern|eastern|western|central ?vicinity|outskirts|area|areas ?of|in|near ?the O:Place+>`;

const rules: RelationRuleSpec[] = [
  {
    name: 'unit-fighting-noun-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.65,
    // The unit opens its clause, maybe after a noun of its people: named as another verb's object ("conscripts will join
    // the 5th Brigade in combat in X") it is not said to be fighting there.
    patterns: [`$clause ?${PEOPLE} ?of|from ?the ?_:Demonym S:Unit|ArmedOrg+ $tail ?${PEOPLE} ?$aside ${TO_THE_NOUN} ${IN_THE_FIGHT} ${QUALIFIERS} ${FIGHTING_NOUNS} ${FIGHTING_PLACE}`],
  },
];

export const unitCombatNounRules: readonly RelationRuleSpec[] = rules;
