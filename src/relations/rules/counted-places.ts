import type { RelationRuleSpec } from '../rule-spec.js';
import { takingParts, withEventBlockers } from './events.js';

const { CAPTURES, COMPASS_PART, taken } = takingParts;

/**
 * Settlements taken in a place, counted by a numeral or qualified as more of them: "liberated 20 unnamed villages
 * in X Oblast", "recaptured seven more settlements in X", "captured over 15 settlements in X" — parts of the place
 * taken (annotation guidelines: partial control is `captured`), as captured-place reads "recaptured five
 * settlements in X Oblast" (rules/events.ts). The count is what makes the participle a verb: without one,
 * "liberated settlements in X" is as often an adjective ("shelled recently liberated settlements in X"). No "the" before
 * the place: "in the X direction" is a sector (test/relations/ground-movement.test.ts).
 */

/** Numerals as the tokenizer gives them ("20", "46"). */
const NUMERALS = Array.from({ length: 999 }, (_, i) => String(i + 1));
/** Number words and counts. */
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'dozens', 'dozen', 'several', 'multiple', 'numerous', 'many'];
const NUMBER = [...NUMERALS, ...COUNT_WORDS].join('|');
/** What may stand before the number: "over 20", "more than 20", "at least 20", "up to 20", "a dozen". */
const BEFORE_NUMBER = '?a|an|at|more|over|nearly|almost|about|around|approximately|roughly|some|up|another ?least|than|to';
/** What may follow the number: "seven more unnamed settlements", "20 additional small villages". */
const AFTER_NUMBER = '?more|additional|other|further|new ?unnamed|unspecified|unidentified|undisclosed ?small|nearby|frontline|front-line|border|key';
const SETTLEMENTS = 'settlements|villages|towns|localities|hamlets|communities';

const rules: RelationRuleSpec[] = [
  {
    name: 'captured-counted',
    predicate: 'captured',
    subjectActs: true,
    // As captured-place, whose actor it uses (rules/confidence.ts measures it).
    confidence: 0.8,
    actor: true,
    patterns: taken(`${CAPTURES} ${BEFORE_NUMBER} ${NUMBER} ${AFTER_NUMBER} ${SETTLEMENTS} ?in ?total in|within|across|throughout ?${COMPASS_PART} O:Place+`),
  },
];

export const countedPlaceRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
