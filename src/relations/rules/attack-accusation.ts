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
];

export const attackAccusationRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
