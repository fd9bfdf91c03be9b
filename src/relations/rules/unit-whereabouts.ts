import type { RelationRuleSpec } from '../rule-spec.js';
import { LOSS_VERBS, NOT_YET } from './unit-action-words.js';

/**
 * Where a unit is, told by two shapes the action rules (builtin.ts unit-*) leave out:
 * - a bearing from a place after a participle or a relative clause on the unit: "the 165th Brigade, operating
 *   northwest of X, …", "the 76th Division—which was badly damaged in fighting northwest of X—…", "the 107th
 *   Battalion has taken losses about 20km southwest of X". The unit's own position is given by the bearing, so X
 *   is where it operates (as "attacked east of T" gives attacked(T): annotation guidelines). The main clause ("are
 *   operating northwest of X") is unit-action-at-place's: its gap passes the bearing's words.
 * - a place named as a unit's home or base: "X, the home of the 76th Division", "X is the base for the new 3rd Corps",
 *   "X hosts the base of the 5th Brigade" (stationed there: annotation guidelines, operatesIn).
 */

/** A bearing's direction word ("northwest of X"). */
const BEARING = 'north|south|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern';
/** Words between the participle and the bearing: a distance ("about 20 km"), "just", "directly", "in fighting". */
const TO_BEARING = '*4[that|which|who|whom|and|or|but|from|to|toward|towards|into|before|after|will|would|may|might|could]';
/** Participles of being or acting somewhere, and of being worn down there ("damaged in fighting northwest of X"). */
const THERE = 'operating|fighting|advancing|attacking|defending|holding|deployed|stationed|based|positioned|concentrated|concentrating|amassing|amassed|massing|massed|entrenched|active|degraded|damaged|depleted|attrited|destroyed|mauled';
const HEDGE = '?reportedly|likely|still|currently|previously|formerly|earlier|initially|originally|heavily|badly|severely|largely|partially';
/** The description of the losses ends at another clause or at an infliction on someone else. */
const LOSS_STOPS = 'that|which|who|where|when|while|but|to|from|on|against|inflicted|inflicting|after|before|since|and|or';

/** "the home of", "the (permanent) base for", "home to". */
const HOME = '?the|a ?permanent|main|primary|home|new|former|peacetime ?home|base|garrison|headquarters of|for|to ?the ?elite|new|newly|famed|storied|formed *2';

/** A seat named as hosted ("hosts the base of"): the noun is needed ("hosts a conference for the X" is no seat). */
const HOSTED_SEAT = '?the|a|its ?permanent|main|primary|new|former|peacetime home|base|bases|garrison|headquarters of|for ?the ?elite|new|newly|famed|storied|formed *2';

/** Gerunds of fighting a unit has a part in ("a role in attritting Ukrainian forces around X"). */
const FIGHTING = 'attritting|attriting|fighting|attacking|assaulting|defending|holding|clearing|repelling|storming|pinning|fixing|encircling|pushing|degrading|destroying|grinding|breaking|advancing';
/** Between the gerund and the place: its object, no other clause or a purpose. */
const FIGHT_GAP = '*4[that|which|who|whom|to|from|toward|towards|into|will|would|could|may|might]';
/** Playing or having a part (builtin.ts unit-in-place reads it with a noun of battle: "a role in operations around X"). */
const PLAYING = 'play|plays|played|playing|serve|serves|served|serving|have|has|had|having|take|takes|took|taking';
const WEIGHT = '?largely|very|increasingly ?outsized|major|key|central|continued|growing|expanding|leading|direct|active|important|significant|prominent|decisive|attritional|limited|supporting|critical|crucial';
/** Taking or holding ground: what a unit's ongoing attempts at a place are made to do. */
const TAKING_HOLD = 'consolidate|capture|seize|take|clear|secure|hold|establish|gain|regain|retake|expand|break|push|advance|encircle|storm';

export const unitWhereaboutsRules: readonly RelationRuleSpec[] = [
  {
    name: 'unit-bearing-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.75,
    patterns: [
      // A participle aside: "the 165th Brigade, operating northwest of X". (The comma is optional so that the pattern
      // anchors on the participle, as builtin.ts's aside rule does.)
      `S:Unit|ArmedOrg+ $tail ?, ${HEDGE} ${THERE} ${TO_BEARING} ${BEARING} of ?the O:Place+`,
      // A relative clause, after a comma, a dash or a bracket: "…, which was badly damaged in fighting northwest of X".
      `S:Unit|ArmedOrg+ $tail ,|\u2014|\u2013|-|( which|that|who ?is|are|was|were|has|have|had ?been ${HEDGE} ${THERE} ${TO_BEARING} ${BEARING} of ?the O:Place+`,
      // Losses at a bearing from a place: "has taken heavy losses approximately 20 km southwest of X".
      `S:Unit|ArmedOrg+ $tail ?, ?which|that|who ?has|have|had ${LOSS_VERBS} *4 losses|casualties *6[${LOSS_STOPS}] ${BEARING} of ?the O:Place+`,
    ],
  },
  {
    name: 'unit-home-place',
    predicate: 'operatesIn',
    subjectActs: true,
    confidence: 0.7,
    patterns: [
      // An apposition on the place: "X, the home of the elite 76th Division, …", "X, home to the 5th Brigade".
      `O:Place , ${HOME} S:Unit|ArmedOrg+`,
      // The place said to be the unit's home: "X is the base for the new 3rd Corps", "X … and reportedly is the home of
      // the 5th Brigade" (a clause of its own between: "X is home to a large training area and is the base for …").
      `O:Place $tail **10[that|which|who|whom|whose|but|;|:] is|was|remains|remained|serves|served|became ?as ?reportedly|also|still|now|currently ${HOME} S:Unit|ArmedOrg+`,
      // The place said to host the unit or its base: "X hosts a large training ground and the base of the 5th Brigade", "X
      // houses elements of the 3rd Corps" (a miss of fresh7-orbat-read).
      `O:Place $tail ?reportedly|also|still|now|currently hosts|hosted|houses|housed *8[that|which|who|whom|whose|but|;|:] ${HOSTED_SEAT} S:Unit|ArmedOrg+`,
      `O:Place $tail ?reportedly|also|still|now|currently hosts|hosted|houses|housed ?elements|units|parts|subunits ?of ?the S:Unit|ArmedOrg+`,
    ],
  },
  {
    name: 'unit-role-in-fighting',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.7,
    patterns: [
      // "the U Group keeps playing a major role in wearing down Y forces around X".
      `S:Unit|ArmedOrg+ $tail ?$aside ${NOT_YET} ${PLAYING} ?a|an|the ${WEIGHT} role|part in ${FIGHTING} ?_:Demonym ${FIGHT_GAP} in|near|around|at|on|outside ?the ?vicinity|outskirts ?of ?the O:Place+`,
      // "the Wagner Group's role in attritting Ukrainian forces around X".
      `S:Unit|ArmedOrg $tail 's ${WEIGHT} role|part|involvement|participation in ${FIGHTING} ?_:Demonym ${FIGHT_GAP} in|near|around|at|on|outside ?the ?vicinity|outskirts ?of ?the O:Place+`,
    ],
  },
  {
    name: 'unit-attempts-at-place',
    predicate: 'operatesIn',
    subjectActs: true,
    atThePlace: true,
    confidence: 0.7,
    // Attempts under way, named by a noun: "units of the 6th Regiment continued their attempts to consolidate control of the
    // factory on the outskirts of X" (the verb's "continue to attempt to" is unit-action-at-place's). Not "will
    // continue attempts": NOT_YET.
    patterns: [
      `S:Unit|ArmedOrg+ $tail ?$aside ${NOT_YET} continued|continues|continue|continuing|resumed|resumes|renewed|renews|made|makes|making ?their|its|unsuccessful|failed|repeated|further|new attempts|efforts|attempt|effort to ${TAKING_HOLD} *6[that|which|who|to|from|toward|towards|into] in|on|at|near|around|outside ?the ?vicinity|outskirts|area ?of ?the O:Place+`,
      // Taking part in such efforts: "detachments of the U Group have been active in Y efforts to gain ground around X" (a
      // miss of batch fresh11), "are likely participating in efforts to advance on X" (an attack toward X: the guidelines
      // place the unit there).
      `S:Unit|ArmedOrg+ $tail ?$aside ${NOT_YET} active|involved|engaged|participating|participated|participates ?in ?the|their|its ?_:Demonym ?ongoing|continued|recent|renewed efforts|attempts|effort|attempt to ${TAKING_HOLD} *6[that|which|who|to|from|toward|towards|into] in|on|at|near|around|outside ?the ?vicinity|outskirts|area ?of ?the O:Place+`,
    ],
  },
];
