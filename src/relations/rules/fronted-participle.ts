import type { RelationRuleSpec } from '../rule-spec.js';
import { takingParts, withEventBlockers } from './events.js';

/**
 * A participle clause before the main clause has the main clause's subject for its own: "After capturing X, Russian
 * forces advanced toward Y", "Having liberated X, Ukrainian troops …", "After withdrawing from X, the 14th Brigade
 * regrouped". captured-after and withdrew-after (taking-shapes.ts) read the clause after the main verb ("… advanced
 * toward Y after capturing X"); fronted, the actor comes after the place, right after the comma that ends the clause.
 */
const { CAPTURING, PORTION, PART, SETTLEMENT, BANK, WITHDRAWN_STOPS, FORCES } = takingParts;

/** The opening: a preposition of time with a gerund, or a perfect participle. */
const AFTER = '$clause after|upon|following ?successfully|reportedly|finally|fully';
const HAVING = '$clause having ?successfully|reportedly|finally|fully|already';
const HAVING_TAKEN = 'captured|seized|liberated|recaptured|retaken|taken|regained|overrun';
/** From the place to the comma: its bracket, a date ("on May 3"), never another clause or a verb's "that". */
const TO_COMMA = '**6[that|which|who|while|and|but|;]';
/** The main clause's subject right after the comma, maybe with its force noun. */
const MAIN_SUBJECT = `, ?the S:Belligerent+ $tail ${FORCES}`;
const LEFT_FROM = `?back|out *3[${WITHDRAWN_STOPS}] from|out ?of ?around ${PART} ${SETTLEMENT} ${BANK} O:Place+`;

const rules: RelationRuleSpec[] = [
  {
    name: 'captured-fronted',
    predicate: 'captured',
    confidence: 0.75,
    subjectActs: true,
    patterns: [
      `${AFTER} ${CAPTURING} ${PORTION} ${SETTLEMENT} O:Place+ ${TO_COMMA} ${MAIN_SUBJECT}`,
      `${HAVING} ${HAVING_TAKEN} ${PORTION} ${SETTLEMENT} O:Place+ ${TO_COMMA} ${MAIN_SUBJECT}`,
    ],
  },
  {
    name: 'withdrew-fronted',
    predicate: 'withdrewFrom',
    confidence: 0.75,
    subjectActs: true,
    atThePlace: true,
    patterns: [
      `${AFTER} withdrawing|retreating|pulling|fleeing ${LEFT_FROM} ${TO_COMMA} ${MAIN_SUBJECT}`,
      `${HAVING} withdrawn|retreated|pulled|fled ${LEFT_FROM} ${TO_COMMA} ${MAIN_SUBJECT}`,
    ],
  },
];

export const frontedParticipleRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
