import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * An attack named in an accusation: "Russian officials accused Ukrainian forces of shelling X", "the DNR accused
 * Ukrainian troops of striking Y", "blamed Russian forces for shelling Z". The annotation guidelines keep claimed
 * statements, and the accused is named as the one who attacked; the attack rules never read the name after
 * "accused" as an actor (actor.ts counts it among the governing words, so "accused Ukrainian forces" is no subject of
 * what follows in other shapes). On fresh unannotated ISW paragraphs (two samples, 250 paragraphs) 4 accusations of
 * attacks on a place were missed this way.
 * Only the past and the progressive of the verb: "will likely accuse Ukraine of shelling X" is a forecast (the bare
 * verb was mostly one in the reports). Only verbs of firing on a place, not "of preparing to", "of staging".
 */
const { SETTLEMENT, FORCES } = attackParts;

const ACCUSING = 'accused|accusing|blamed|blaming';
/** The attack, as a gerund after "of"/"for". */
const ATTACKING = 'shelling|striking|attacking|bombing|bombarding|targeting|hitting|firing ?on|at|upon';
/** A few words of what was hit before the place's preposition: "shelling civilian infrastructure in X". */
const WHAT_WAS_HIT = '*4[that|which|who|where|when|while|as|but|and|to|of] in|near|on|at|around';

/**
 * Two sides blaming each other name both as attackers (the dev gold's reading: "Ukrainian and Russian authorities
 * accused each other of shelling X" → attacked by each): "Ukrainian and Russian sources traded accusations of shelling
 * X", "exchanged accusations of striking X". Who accuses is named by its nationality and a word of its officials or
 * sources, which NOT_THE_ACTOR keeps from the attack rules' actors. Branch iswatk4: 14 such sentences on the 294 ISW
 * reports read no attack.
 */
const MUTUAL_ACCUSATIONS = [
  'accused|accuse|accusing|blamed|blame|blaming each|one other|another of|for',
  'traded|exchanged|trading|exchanging ?mutual accusations|blame of|for',
];
/** The two accusing sides, opening their clause: "Russian and Ukrainian officials", "both Ukrainian and Russian sources". */
const ACCUSERS = `$clause ?both ?the S:Belligerent+ $tail *3[that|which|who|where|when|while|as|but|of|to|in|on|at]`;

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-accused-of',
    predicate: 'attacked',
    confidence: 0.7,
    patterns: [
      `${ACCUSING} ?the S:Belligerent ${FORCES} of|for ?deliberately|repeatedly|intentionally|again|continuously ${ATTACKING} ?the ${SETTLEMENT} O:Place+>`,
      `${ACCUSING} ?the S:Belligerent ${FORCES} of|for ?deliberately|repeatedly|intentionally|again|continuously ${ATTACKING} ${WHAT_WAS_HIT} ?the ${SETTLEMENT} O:Place+>`,
    ],
  },
  {
    // "Ukrainian and Russian sources traded accusations of shelling X", "accused each other of firing rounds near X".
    name: 'attacked-accused-each-other',
    predicate: 'attacked',
    confidence: 0.7,
    patterns: MUTUAL_ACCUSATIONS.flatMap((accusation) => [
      `${ACCUSERS} ${accusation} ?dangerous|deliberate|continued|repeated ${ATTACKING} ?the ${SETTLEMENT} O:Place+>`,
      `${ACCUSERS} ${accusation} ?dangerous|deliberate|continued|repeated ${ATTACKING} ${WHAT_WAS_HIT} ?the ${SETTLEMENT} O:Place+>`,
    ]),
  },
];

export const attackAccusationRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
