import type { RelationRuleSpec } from '../rule-spec.js';
import { attackNounParts } from './attack-shapes.js';
import { attackParts, takingParts, withEventBlockers } from './events.js';

/**
 * A place named after the bank of the river it lies on: "shelled Ukrainian positions in right-bank X Oblast",
 * "continued daily fire against areas in west (right) bank X Oblast", "a counteroffensive in right-bank X". The
 * place is the attack's (annotation guidelines: a strike on a target in a place); the bank words before it only say
 * which part of it, as "western X" does, but the event patterns' place words (SETTLEMENT) know no bank, and the gloss
 * in brackets stops their gaps. "the west bank of the X River" names the river, no place attacked (dev gold: no
 * attacked on a river so named), and has no pattern here. Only sentences with "bank" try these patterns.
 */
const { ATTACKER, ATTACKS, ATTACK_AT, AFTER_VERB, TARGETS } = attackParts;
const { COMPASS_PART } = takingParts;
const { ATTACK_NOUNS, NOUN_MODIFIERS } = attackNounParts;

const SIDES = 'left|right|west|east|western|eastern';
/** "right-bank", "west bank", "west (right) bank" before the place's name. */
const BANKS = [`${SIDES} ?- bank`, `${SIDES} ( ${SIDES} ) bank`];
/** After an attack noun, where it landed ("strikes on Russian depots in right-bank X"), as attacked-nominal reads it. */
const NOUN_AT = `?on|against ?a|an|the|two|three|several|multiple ?_:Demonym *6[that|which|who|where|when|while|as|but|and] in|on|near|around|against|at|across|throughout`;

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-bank-place',
    predicate: 'attacked',
    // As attacked-place, whose reading it is with the bank words passed (rules/confidence.ts measures it).
    confidence: 0.8,
    actor: true,
    patterns: BANKS.flatMap((bank) => [
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ?the ${bank} O:Place+^>`,
      `${ATTACKER} ${ATTACKS} ?the ${bank} O:Place+^>`,
      // The bank "of" a region, or of its river and then the region: "strikes on the west (right) bank of X Oblast",
      // "routine fire along the west (right) bank of the Y River in X Oblast" (the river itself is no target:
      // attack-target.ts isRiverBank). Branch iswatk4: 4 such sentences on the 294 ISW reports read no attack.
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ?the ${bank} of ?the O:Region+^>`,
      `${ATTACKER} ${ATTACKS} ${AFTER_VERB} ?_:Demonym ${TARGETS} ${ATTACK_AT} ?the ${bank} of ?the _:Place $tail in ?${COMPASS_PART} O:Region+^>`,
    ]),
  },
  {
    // "a Ukrainian counteroffensive in right-bank X", "Ukrainian strikes on Russian positions in left-bank X".
    name: 'attacked-bank-nominal',
    predicate: 'attacked',
    confidence: 0.7,
    nominalAgent: true,
    patterns: BANKS.map((bank) => `S:Demonym ?${NOUN_MODIFIERS} ?${NOUN_MODIFIERS} ${ATTACK_NOUNS} ${NOUN_AT} ?the ${bank} O:Place+^>`),
  },
];

export const attackBankRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
