import type { RelationRuleSpec } from '../rule-spec.js';
import { attackNounParts } from './attack-shapes.js';
import { actor, attackParts, withEventBlockers } from './events.js';

/**
 * Attack sentences whose target phrase holds a name that is not the place: the owner or the victim of what was
 * hit stands between the attack and where it landed ("destroyed two control points belonging to the 76th Division
 * in X", "an IED attack against occupation official Y in his car in X"). The core pattern (events.ts
 * attacked-place) reads plain words only between the attack and its place, so a name there ended it. Built on the
 * same actor, attack and place words as attacked-place.
 */
const { ATTACKER, ATTACKS, ATTACK_AT, SETTLEMENT, AFTER_VERB, NEW_CLAUSE, IRREALIS, NOT_THE_ACTOR, FORCES, FIRING, FIRE_GAP_STOPS } = attackParts;
const { ATTACK_NOUNS, NOUN_MODIFIERS } = attackNounParts;

/**
 * Who killed or wounded people in an attack it made: the actor before a verb of losses, never one that suffered them
 * ("three X fighters were killed in an ambush near Y": the passive's words stop the gap).
 */
const KILLER = actor([...IRREALIS, ...NOT_THE_ACTOR, 'was', 'were', 'been', 'being', 'is', 'are', 'be']);
/** Verbs of losses inflicted. */
const LOSSES_INFLICTED = 'killed|killing|kills|wounded|wounding|injured|injuring';
/** The attack the losses were inflicted in, named by its kind: "in an IED attack", "during a suicide raid", "in an ambush". */
const LOSS_ATTACK = `?a|an|the|two|three|several|multiple|separate ?${NOUN_MODIFIERS}|ied|suicide|bomb|sniper|mortar|complex|coordinated|night ?${NOUN_MODIFIERS}|ied|suicide|bomb|sniper|mortar|complex|coordinated|night ${ATTACK_NOUNS}|ambush|ambushes`;
/** Verbs of firing weapons, of FIRING: at a named party they aim at it. */
const FIRE_VERBS = 'launched|launch|launches|launching|fired|fire|fires|firing|dropped';
/** Plain words inside the target phrase, never across another clause. */
const WORDS = `*6[${NEW_CLAUSE}]`;

/** Nouns of what an attack leaves in a place. */
const EFFECTS = 'damage|destruction|explosion|explosions|fires|fighting|clashes|casualties|blackouts|outages|craters';
/** …and how they stand to the place ("damage to X", "fighting in X"). */
const EFFECT_AT = 'in|to|at|near|around|on|across|throughout';
/** A nationality's attack as the cause of the effect: "following a Ukrainian HIMARS strike", "as a result of Russian shelling". */
const CAUSE = `?as ?a ?result following|after|amid|during|of|by ?a|an|the|several|multiple|repeated|recent|continued|two|three S:Demonym ?${NOUN_MODIFIERS} ?${NOUN_MODIFIERS} ${ATTACK_NOUNS}`;
/** Nouns of a campaign that is under way. */
const OPERATIONS = 'operations|efforts|offensive|offensives|assaults|attacks|counteroffensive|counteroffensives';

/** One group of a semicolon list: its places and where they lie ("near A and B in X Oblast"), no other clause. */
const GROUP_HEAD = `?${ATTACK_AT} ?the`;
const GROUP = `${GROUP_HEAD} _:Place+ **8[${NEW_CLAUSE}|;|.]`;
/** The attack and what it hit, before the first group: "shelled", "struck unspecified infrastructure facilities". */
const SEMICOLON_HEAD = `${ATTACKS} ${AFTER_VERB} ?_:Demonym`;
/** The last group ends the list: maybe its region, then the sentence, a semicolon, a comma, a bracket or a date ("… and near Y officials fled" is another clause). */
const GROUP_END = '?in|, ?the ?_:Place .|;|,|(|on';

/** Participles of a passive hit. */
const HIT = 'hit|struck|shelled|targeted|attacked|bombed|damaged|destroyed';
/** Weapons and fire that may be a passive's agent. */
const WEAPONS = 'missile|missiles|rocket|rockets|drone|drones|strike|strikes|airstrike|airstrikes|shelling|fire|artillery|shell|shells|bombs|bomb|munitions|munition|attack|attacks|mlrs|himars|aviation|aircraft|jets|helicopters|mortars|glide';

/** The gap between an actor (with its aside) and its attack verb, as attacked-place's. */
const ACTOR_GAP = `*9,[${[...IRREALIS, ...NOT_THE_ACTOR].join('|')}]`;
/** An attack and its place, as attacked-place reads them. */
const ATTACK_TAILS = [`${ATTACKS} ${SETTLEMENT} O:Place+^>`, `${ATTACKS} ${AFTER_VERB} ?_:Demonym *10,[${NEW_CLAUSE}] ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`];
/** What opens an aside naming who else or who exactly acted: "(likely elements of", ", along with". */
const CO_OPENER = ',|( likely|possibly|probably|reportedly|presumably|along|together|mostly|mainly ?with';

const rules: RelationRuleSpec[] = [
  {
    // A unit, an organization or a person named inside the target phrase is whose the target is, or who it is,
    // not where it was: the place after it is the attack's ("struck the headquarters of the 3rd Corps in X").
    // Only one such name, and no place before it (a place there is the target the core rule reads).
    name: 'attacked-past-owner',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: [
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${WORDS} _:Unit|Org|Person+ $tail ?'s ${WORDS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // The party fired on or operated against, named (attacked-fire reads a nationality there): "conducted an operation
      // against the X group in Y", "fired rockets at the 5th Brigade near Y". Only "against", and "at" after a verb of
      // firing: "conducted talks on X in Y" names no target.
      `${ATTACKER} ${FIRING} *7[${FIRE_GAP_STOPS}|${NEW_CLAUSE}] against ?the ?_:Demonym _:Unit|Org+ $tail ${WORDS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      `${ATTACKER} ${FIRE_VERBS} *7[${FIRE_GAP_STOPS}|${NEW_CLAUSE}] at ?the ?_:Demonym _:Unit|Org+ $tail ${WORDS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
      // A river the target spans or faces is no target either: "destroyed a pontoon bridge over the X River in Y".
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${WORDS} over|across ?the _:Place ${WORDS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
    ],
  },
  {
    // Losses inflicted in an attack at a place: "X militants killed three Y fighters in an ambush near Z", "killed two
    // soldiers during an IED attack in Z" (annotation guidelines: a verb of killing alone is no attack, unless an attack
    // word says how; the victims' side is foughtAgainst's). The victims may be named on the way.
    name: 'attacked-losses-in-attack',
    predicate: 'attacked',
    confidence: 0.7,
    actor: true,
    patterns: [`${KILLER} ${LOSSES_INFLICTED} **8[${NEW_CLAUSE}|;|.] in|during ${LOSS_ATTACK} ${WORDS} ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`],
  },
  {
    // What an attack left in a place, named before the attack: "damage to the X bridge in Y following a Ukrainian
    // strike", "fighting is ongoing in A, B, and C as a result of Ukrainian counterattacks". The effect noun
    // must be there: a place before "after a Russian attack" alone may be anything ("returned to X after …").
    name: 'attacked-effect-cause',
    predicate: 'attacked',
    confidence: 0.7,
    patterns: [
      `${EFFECTS} *4[${NEW_CLAUSE}] ${EFFECT_AT} ?the O:Place+ ?in|near ?_:Place ${WORDS} ${CAUSE}`,
      `${EFFECTS} *4[${NEW_CLAUSE}] ${EFFECT_AT} ?the _:Place in|near O:Place+ ${WORDS} ${CAUSE}`,
    ],
  },
  {
    // Where a side's operations are centered: "Russian offensive operations in X Oblast are centered on A and B",
    // "Ukrainian efforts remain focused on Y" (the noun of operations says they are under way, not planned; a plan
    // has its own words, which stop the gap).
    name: 'attacked-operations-focus',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: [
      `$actor S:Belligerent+ $tail ?offensive|ground|main|military ${OPERATIONS} ?in|near|around ?the ?_:Place *3[${IRREALIS.join('|')}] centered|concentrated|focused on ${SETTLEMENT} O:Place+`,
    ],
  },
  {
    // A place named before the clause whose attack names none: "In X, Russian forces continued assaults on May 4",
    // "Near Y, Ukrainian forces counterattacked." (an attack with a place of its own is read by attacked-place).
    name: 'attacked-fronted-place',
    predicate: 'attacked',
    confidence: 0.75,
    patterns: [`$clause in|near|around|outside|within ${SETTLEMENT} O:Place+ $tail , ${ATTACKER} ${ATTACKS} *5[${NEW_CLAUSE}] ?_:Demonym *3[${NEW_CLAUSE}] .|;|but`],
  },
  {
    // The place as the subject of "came under" a nationality's fire: "X came under Russian artillery fire".
    name: 'attacked-came-under',
    predicate: 'attacked',
    confidence: 0.75,
    patterns: [
      `O:Place+ $tail ?$aside *2[${IRREALIS.join('|')}] came|comes|come|remained|remains|remain|was|were|is|are under ?heavy|intense|intensified|continued|constant|renewed|regular|daily S:Demonym ?${NOUN_MODIFIERS} ?${NOUN_MODIFIERS} fire|shelling|attack|attacks|bombardment|strikes|assault|assaults`,
    ],
  },
  {
    // The target named by the forces holding the place: "attacked Ukrainian forces defending X", "shelled Russian
    // troops holding Y" (the place is where the attack landed); also after an attack noun: "resumed assaults on Ukrainian
    // forces defending X".
    name: 'attacked-defenders',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: [
      `${ATTACKER} ${ATTACKS} ?on|against|at ?the ?remaining _:Demonym forces|troops|units|defenders|positions|garrison|garrisons defending|holding|protecting|guarding ?the ${SETTLEMENT} O:Place+^>`,
    ],
  },
  {
    // A line or a road named by the places it joins, before the attack's own places: "continued ground attacks along
    // the A-B line near C and D", "routine fire along the A-B line of contact and in western E" (the joined places
    // only say where the line runs; annotation guidelines, open question on attacks along highways), also a border
    // named so: "ground assaults near the A-B Oblast border near C".
    name: 'attacked-past-line',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: [
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} along|on|across|near|around|at ?the _:Place - _:Place line|lines|highway|road|axis|front|frontline|direction|sector|border ?of ?contact ?, ?and ${ATTACK_AT} ${SETTLEMENT} O:Place+^>`,
    ],
  },
  {
    // A list of targets grouped by region between semicolons: "shelled A and B in X Oblast; C in Y Oblast; and D
    // and E in Z Oblast". Each group after the first (which attacked-place reads) is the attack's too.
    name: 'attacked-semicolon-list',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    // What was hit may stand before the first group: "struck infrastructure facilities in A, X Oblast; B, Y Oblast; and
    // C and D, Z Oblast" (SEMICOLON_HEAD).
    patterns: [
      `${ATTACKER} ${SEMICOLON_HEAD} ${GROUP} ; ?and ${GROUP_HEAD} O:City|Region+ ${GROUP_END}`,
      `${ATTACKER} ${SEMICOLON_HEAD} ${GROUP} ; ?and ${GROUP} ; ?and ${GROUP_HEAD} O:City|Region+ ${GROUP_END}`,
      `${ATTACKER} ${SEMICOLON_HEAD} ${GROUP} ; ?and ${GROUP} ; ?and ${GROUP} ; ?and ${GROUP_HEAD} O:City|Region+ ${GROUP_END}`,
    ],
  },
  {
    // The passive's agent a weapon of a nationality: "X was hit by a Russian missile", "Y was struck by Ukrainian
    // drones" (attacked-passive reads "by Russian forces"; the weapon noun says whose fire it was).
    name: 'attacked-passive-weapon',
    predicate: 'attacked',
    confidence: 0.75,
    patterns: [
      `O:Place+ $tail ?$aside *3[${IRREALIS.join('|')}] was|were|been|being|is|are *2 ${HIT} *3 by ?a|an|two|three|several|multiple|repeated|more ?than ?massive|heavy|intense|renewed S:Demonym ?${NOUN_MODIFIERS} ${WEAPONS}`,
    ],
  },
  {
    // The place as the object of a relative clause: "X, which Russian forces shelled on May 4, …" (the clause
    // names its own actor; a place of its own after the verb is attacked-place's).
    name: 'attacked-relative',
    predicate: 'attacked',
    confidence: 0.75,
    patterns: [`O:Place+ $tail , which|that ${ATTACKER} ${ATTACKS} *4[${NEW_CLAUSE}] ,|.|;`],
  },
  {
    // An actor whose name is followed by a bracket or an apposition naming who it was: "Russian forces (likely
    // elements of the 106th Division) attacked X" → both; "Wagner fighters, along with elements of the 106th
    // Division, attacked X" → the unit too (attacked-place reads the first actor past a comma aside only).
    name: 'attacked-bracketed-actor',
    predicate: 'attacked',
    confidence: 0.75,
    patterns: [
      ...ATTACK_TAILS.map((tail) => `$clause ?the S:Belligerent+ $tail ${FORCES} ( **10[)|(] ) ${ACTOR_GAP} ${tail}`),
      ...ATTACK_TAILS.map((tail) => `$clause ?the _:Belligerent+ $tail ${FORCES} ${CO_OPENER} ?the ?elements|units|troops|fighters|forces|servicemen ?of ?the S:Group|Demonym+ $tail *2 ,|) ${ACTOR_GAP} ${tail}`),
    ],
  },
];

export const attackReachRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
