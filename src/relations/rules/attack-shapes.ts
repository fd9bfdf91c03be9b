import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, carried, withEventBlockers } from './events.js';

/**
 * Shapes of attack sentences the core event rules (events.ts) do not read: what was hit is named through the
 * unit it belongs to. Built on the same actor and attack words as attacked-place.
 */
const { ATTACKER, ATTACKS, ATTACK_AT, SETTLEMENT, TARGETS, AFTER_VERB, FORCES, IRREALIS, NOT_THE_ACTOR } = attackParts;

/**
 * "damaged" as the actor's verb, known by the word right before it: a force noun, an attack noun, an auxiliary, an
 * adverb of reporting ("Ukrainian forces damaged depots in X", "a Ukrainian strike damaged the bridge", "have reportedly
 * damaged"). Mostly it is an adjective ("repairing damaged vehicles in X", "units badly damaged in fighting near X",
 * "withdrew the damaged forces around X"): on the 294 ISW reports, with "damaged" among the attack verbs, 6 of 22 new
 * statements were wrong (adjectives, and a ship named after a town); with this word before it 14 new, all right (branch
 * iswatk6).
 */
const DAMAGER = `${FORCES.replace(/^\?/, '')}|strike|strikes|attack|attacks|shelling|missile|missiles|drone|drones|artillery|have|has|had|reportedly|also|likely|additionally|allegedly|then|further`;
const DAMAGING = 'damaged|damaging';

/** What a unit has that a strike hits: "destroyed the command post of the 22nd Corps". */
// What it has on the move and on the line too: "ambushed a convoy of the 4th Division", "struck positions of the 5th Corps".
const UNIT_ASSETS = 'post|posts|headquarters|hq|base|bases|depot|depots|checkpoint|checkpoints|warehouse|warehouses|barracks|convoy|convoys|column|columns|patrol|patrols|position|positions|outpost|outposts';

/** Verbs of inflicting, before the damage: "inflicted heavy damage on X". */
const INFLICTING = 'inflict|inflicts|inflicted|inflicting|cause|causes|caused|causing';
/** Nouns of an attack whose agent a nationality before them names. */
const ATTACK_NOUNS = 'strike|strikes|attack|attacks|assault|assaults|counterattack|counterattacks|offensive|counteroffensive|breakthrough|breakthroughs|shelling|bombardment|airstrike|airstrikes|push|raid|raids';
/** After the noun: where it landed, maybe past what was hit ("strikes on Russian depots in X"). */
// An article or a count may stand before the owner: "one Ukrainian strike on a Russian base in X".
const NOUN_TARGETS = '?on|against ?a|an|the|two|three|several|multiple ?_:Demonym *6[that|which|who|where|when|while|as|but|and] in|on|near|around|against|at';
/** What may stand between the nationality and the noun: the weapon or the kind of attack ("a Ukrainian HIMARS strike"). */
const NOUN_MODIFIERS = 'himars|missile|missiles|rocket|artillery|drone|air|ground|mechanized|offensive|limited|localized|local|major|massive|large-scale|renewed|frontal|unsuccessful|successful|precision|naval|partisan';

const rules: RelationRuleSpec[] = [
  {
    // A strike on a unit's post is an attack on the unit (annotation guidelines: an attack "against an opposing
    // unit"): "destroyed the command posts of the Russian 5th Regiment and the 6th Regiment". Only the post "of" the
    // unit: its own forces, when "destroyed" them, are fought (fought-losses).
    name: 'attacked-unit-asset',
    predicate: 'attacked',
    confidence: 0.7,
    actor: true,
    patterns: [`${ATTACKER} ${ATTACKS} ?the|a|an|two|three|several|multiple|some ?_:Demonym *2 ${UNIT_ASSETS} of ?the ?_:Demonym O:Unit+`],
  },
  {
    // Damage inflicted on a place is fire on it: "artillery continues to inflict massive damage on infrastructure in X",
    // "continued to inflict artillery damage on villages around X".
    name: 'attacked-damage',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: [
      `${ATTACKER} ${INFLICTING} *3 damage|destruction on ${SETTLEMENT} O:Place+^>`,
      `${ATTACKER} ${INFLICTING} *3 damage|destruction on ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // Damaging a thing in a place (annotation guidelines: a strike on a target in a place is an attack on the place).
      `${ATTACKER} ${DAMAGER} ${DAMAGING} ${SETTLEMENT} O:Place+^>`,
      `${ATTACKER} ${DAMAGER} ${DAMAGING} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
    ],
  },
  {
    // "Russian forces fired 30 cruise missiles and damaged infrastructure in A, B, and C": the first verb's actor damaged
    // them (as attacked-and carries the attack verbs; "damaged" right after the conjunction, as a verb).
    name: 'attacked-damage-carried',
    predicate: 'attacked',
    confidence: 0.7,
    actorOpensClause: true,
    patterns: [`${carried([...IRREALIS, ...NOT_THE_ACTOR], [], 0)} ${DAMAGING} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ${SETTLEMENT} O:Place+>`],
  },
  {
    // A nationality's attack named by a noun, whatever governs the noun phrase: "in response to a Ukrainian strike on X",
    // "unaware of Ukrainian strikes on depots in X", "the high costs of a Russian offensive push on X". Not an `actor`
    // rule (the nationality is governed by the words before it), but no topic after "of the" (nominalAgent); plans,
    // risks and fears before it are no attack (irrealis.ts isForecastNoun).
    name: 'attacked-nominal',
    predicate: 'attacked',
    confidence: 0.7,
    nominalAgent: true,
    patterns: [`S:Demonym ?${NOUN_MODIFIERS} ?${NOUN_MODIFIERS} ${ATTACK_NOUNS} ${NOUN_TARGETS} ${SETTLEMENT} O:Place+^>`],
  },
];

/** The attack nouns and their modifiers, for other tables of nominal attacks (attack-reach.ts). */
export const attackNounParts = { ATTACK_NOUNS, NOUN_MODIFIERS };

export const attackShapeRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
