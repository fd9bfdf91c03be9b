import type { RelationRuleSpec } from '../rule-spec.js';
import { actor, ATTEMPT, carried, done, FORCES, IRREALIS, NOT_THE_ACTOR } from './events.js';


/**
 * Fighting between two sides named by nationality and a force word (annotation guidelines: "Ukrainian
 * forces fought Russian forces near X" → foughtAgainst(Ukrainian, Russian); losses inflicted on a party are
 * fighting). Only verbs that leave no doubt the two forces met: destroying, eliminating, killing, routing
 * or inflicting losses on the other side's forces, and two sides exchanging fire. Shelling or striking a
 * side's positions is an attack on a place (attacked), pushing or forcing a side somewhere is read both ways
 * in the gold, and nationalities named without a force word ("Russian positions", "Ukrainian lines") are no
 * party here. Named units are fought-losses' (rules/events.ts).
 */

/**
 * Force words of the side that suffers: a unit of any size or a battalion group ("destroyed 13 Russian BTGs"), its
 * elements or its officers (the guideline-alone golds: "defeating several Russian elements", "inflicted losses on Russian
 * officers", "inflicting damage on Russian ground forces" → foughtAgainst, 3 of 3 in three batches; branch conv18, recorded
 * in docs/annotation-guidelines.md).
 */
const SIDE_NOUN = 'forces|troops|units|unit|defenders|servicemen|fighters|militants|personnel|soldiers|BTGs|BTG|detachment|detachments|grouping|groupings|formations|battalions|companies|brigades|group|groups|elements|officers';
/** The kind of the side's group before its noun: "Ukrainian sabotage and reconnaissance groups", "three Ukrainian company tactical groups". */
// ("ground": "Russian ground forces".)
const GROUP_KIND = 'sabotage|reconnaissance|assault|special|company|battalion|tactical|mechanized|motorized|infantry|airborne|naval|territorial|defense|mobilized|ground';
const SIDE = `?${GROUP_KIND} ?and ?${GROUP_KIND} ?${GROUP_KIND} ${SIDE_NOUN}`;
/** The people of a named party: "50 soldiers of the 31st Brigade", "some personnel from the 36th Brigade". */
const PEOPLE = 'soldiers|servicemen|personnel|troops|fighters|members|officers|marines|paratroopers|conscripts|mercenaries';
/** Subunits of a named party, counted: "a company of", "two battalions of". */
const SUBUNITS = 'company|companies|battalion|battalions|platoon|platoons|BTG|BTGs|detachment|detachments|squad|squads';
/** Verbs of destroying a side's forces. */
// Encircling the other side's forces is fighting them ("Russian troops encircled a Ukrainian detachment near X").
const DESTROYING = 'destroyed|destroying|eliminated|eliminating|eliminate|eliminates|killed|killing|routed|routing|defeated|defeating|annihilated|encircled|encircling|surrounded';
/** Nouns of the losses inflicted: "inflicted heavy losses on", "inflicting significant casualties against". */
const LOSSES = 'losses|casualties|damage|defeat|defeats';
/** A count or a quantifier before the side: "31 Russian BTGs", "remaining Ukrainian forces", "several". */
const COUNT = '?a|an|the|some|several|many|numerous|remaining|two|three|four|five|dozens|hundreds|scores|over|more|than|at|least|about|around|roughly|approximately|up|to *1[and|or|,|that|which|as|for|of|to|while|when|in|on|at|with|by|ways|way]';
// Trying or being unable to destroy is no fighting ("attempting to encircle", "their ability to defeat"); nor is a focus or a purpose.
const STOPS = [...IRREALIS, ...ATTEMPT, ...NOT_THE_ACTOR, 'to', 'focused', 'focus', 'focusing', 'ability', 'operation', 'operations', 'failed', 'unable'];
const fought = done(actor(STOPS), STOPS);
/** The same verbs after "and", the actor carried over from the clause's first verb: "… recaptured X and inflicted losses on Chechen units". */
const foughtToo = (rest: string): string => `${carried(STOPS)} ${rest}`;
/** What the fought-forces verbs read after the actor's words. */
const DESTROYED_SIDE = `?“|"|” ${DESTROYING} ?”|"|“ ${COUNT} O:Demonym ${SIDE}`;
const LOSSES_ON_SIDE = `inflicted|inflicting|inflict|inflicts *3 ${LOSSES} on|against|among ${COUNT} O:Demonym ${SIDE}`;
/**
 * Things a side has, which a count's gap could read as the side ("damage on a depot of the 14th Brigade"). Not
 * weapons: they name the actor ("Ukrainian artillery inflicted losses on …") or a unit ("the 59th Tank Regiment").
 */
const THINGS = ['checkpoint', 'checkpoints', 'base', 'bases', 'headquarters', 'post', 'posts', 'depot', 'depots', 'positions', 'position', 'equipment', 'vehicle', 'vehicles', 'warehouse', 'station', 'stations', 'facility', 'facilities', 'building', 'buildings', 'infrastructure'];
/**
 * Strikes or fire as the actor are no fighting between the sides (annotation guidelines: "Freedonian strikes killed 50
 * Sylvanian personnel" → no `foughtAgainst`; guideline-alone golds 0 of 1, rest of ISW dev 0 of 3).
 */
const STRIKES = ['strike', 'strikes', 'airstrike', 'airstrikes', 'fire'];
/** Words of fighting that may carry a purpose: "engaged in clashes … to push", "the counteroffensive continued to push". */
const FIGHT_WORDS = 'fight|fights|fighting|fought|clashes|clashed|clashing|battles|battled|battling|counteroffensive|counteroffensives|counterattacks|counterattacked|counterattacking';
/** Verbs of pressing the other side after "to". */
const PRESSING = 'push|prevent|stop|halt|repel|dislodge|drive|expel|contain|encircle|destroy|eliminate';
/** The actor's words stop at an intention, an attempt or a clause boundary, but not at "to" (which the pattern reads). */
// A chance or an opportunity to press is none yet: "giving Ukraine the chance to restart its counteroffensives to push …".
const PRESS_STOPS = [...IRREALIS, ...NOT_THE_ACTOR, 'which', 'who', 'while', 'when', 'as', ';', 'chance', 'opportunity', 'opportunities', 'allow', 'allows', 'allowing', 'enable', 'enables', 'enabling', 'restart', 'resume'];
/** Words of an attempt after the side: "Ukrainian groups that attempted to attack X", "Russian forces attempting to cross". */
const ATTEMPTING = ['attempted', 'attempting', 'attempt', 'attempts', 'tried', 'trying'];
/** Verbs of two sides fighting each other. */
const MUTUAL = 'engaged|engaging|fought|fighting|clashed|clashing|battled|battling';
/** Verbs of trading, which are fighting only when fire is traded ("exchanged artillery fire", not "exchanged prisoners", "traded accusations"). */
const TRADING = 'exchange|exchanged|exchanging|exchanges|traded|trading|trade';

const MUTUAL_STOPS = [...IRREALIS, 'that', 'which', 'who', ',', ';', 'prisoner', 'prisoners', 'accusations', 'claims', 'bodies'].join('|');

export const forceFightingRules: readonly RelationRuleSpec[] = [
  {
    // "LNR forces are eliminating remaining Ukrainian forces", "Ukrainian forces destroyed 13 Russian BTGs",
    // "inflicted significant casualties against Chechen units".
    name: 'fought-forces',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    actor: true,
    // A thing of the side is not the side: "inflicted damage on a depot of the 14th Brigade" is an attack. Forces
    // defeated as they attempted an attack repelled it, which names no fight between nationalities (annotation
    // guidelines: "repelled Russian assaults near X" → attacked only): "defeated Ukrainian groups that attempted to attack X".
    blockers: [...THINGS, ...ATTEMPTING, ...STRIKES],
    patterns: [
      // (The verb may stand in quotes: "claimed DNR forces are “eliminating” remaining Ukrainian forces".)
      ...fought(DESTROYED_SIDE),
      ...fought(LOSSES_ON_SIDE),
    ],
  },
  {
    // The actor of the clause's first verb, carried over "and": "Ukrainian forces recaptured part of X from Russian
    // forces and inflicted heavy casualties against Chechen units" (the actor's own gap stops at the name between).
    name: 'fought-forces-and',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    actorOpensClause: true,
    blockers: [...THINGS, ...ATTEMPTING, ...STRIKES],
    patterns: [foughtToo(DESTROYED_SIDE), foughtToo(LOSSES_ON_SIDE)],
  },
  {
    // Losses inflicted on a named unit or on a part of one (a named party is fought also when it attacked):
    // "inflicted serious losses on a BTG of the 59th Regiment", "defeated elements of the Russian 58th Army that
    // attempted the attack" (fought-losses reads "destroyed the Russian 237th Regiment").
    name: 'fought-unit-losses',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    actor: true,
    blockers: THINGS,
    patterns: [
      ...fought(`inflicted|inflicting|inflict|inflicts *3 ${LOSSES} on|against|among ${COUNT} ?_:Demonym ?${SIDE_NOUN}|elements|element|parts|part|remnants ?of ?the ?_:Demonym O:Unit|Org+`),
      ...fought(`${DESTROYING} ?the|several|some|remaining elements|element|parts|remnants|units|subunits of ?the ?_:Demonym O:Unit|Org+`),
      // A subunit of the party counted: "destroyed a company of the 14th Brigade", "routed two battalions of the 14th Brigade".
      ...fought(`${DESTROYING} ${COUNT} ${SUBUNITS} of ?the ?_:Demonym O:Unit|Org+`),
      // The party's people killed or taken prisoner: "killed 40 soldiers belonging to the Russian 31st Brigade",
      // "captured “some” personnel from Ukraine's 36th Brigade".
      ...fought(`${DESTROYING}|captured|capturing ?“|" ${COUNT} ?”|" ${PEOPLE} of|from|belonging ?to ?the ?_:Demonym ?_:Polity ?'s O:Unit|Org+`),
    ],
  },
  {
    // Fighting whose purpose is to press the other side's forces: "Russian forces engaged in clashes north of X to
    // push Ukrainian forces away from the border", "elements of the 6th Army are fighting to stop Ukrainian troops
    // from reaching X", "the Ukrainian counteroffensive continued to push Russian troops from X". The fighting word
    // says the sides met; pressing alone does not ("pushed Russian forces back into X" is read both ways in the gold).
    name: 'fought-to-press',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    actor: true,
    patterns: [`${actor(PRESS_STOPS)} ${FIGHT_WORDS} **8[${PRESS_STOPS.join('|')}] to ${PRESSING} ?the ?remaining O:Demonym ${SIDE}`],
  },
  {
    // "Ukraine's rout of Russian forces in X" (the possessive only: "lead to a Ukrainian rout of Russian troops" is
    // mostly a forecast).
    name: 'fought-rout-of',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    patterns: [`S:Polity 's rout|routing|defeat|destruction|elimination of ?the O:Demonym ${SIDE}`],
  },
  {
    // "Ukrainian and Russian troops in this area exchange small arms fire", "footage showed Ukrainian and Russian
    // troops engaged in artillery fire" (two nationalities of two countries: "Russian and DNR forces" are one side).
    name: 'fought-mutual',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    patterns: [
      `S:Demonym and ?the O:Demonym ${FORCES.slice(1)} **4[${MUTUAL_STOPS}] ${MUTUAL}`,
      `S:Demonym and ?the O:Demonym ${FORCES.slice(1)} **4[${MUTUAL_STOPS}] ${TRADING} *3[${MUTUAL_STOPS}] fire|shots|gunfire|blows`,
      // Two named parties, with or without their fighters' noun: "the X and the Y exchanged fire near Z" (branch defence8;
      // fought-between reads them with a verb of fighting).
      `$clause S:Unit|Org $tail and ?the O:Unit|Org $tail ?${FORCES.slice(1)} **4[${MUTUAL_STOPS}] ${TRADING} *3[${MUTUAL_STOPS}] fire|shots|gunfire|blows`,
    ],
  },
];
