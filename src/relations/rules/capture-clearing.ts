import type { RelationRuleSpec } from '../rule-spec.js';
import { takingParts, withEventBlockers } from './events.js';

const { PART, SETTLEMENT, taken } = takingParts;

/**
 * Clearing a place of the enemy is taking it (annotation guidelines: `captured` covers liberated and recaptured
 * places): "Ukrainian forces cleared X of Russian troops", "cleared Russian forces from X", "finished clearing X",
 * "cleared the entirety of X". Only the completed act: "are clearing X" is fighting still going on. A place
 * cleared "of" anything but forces (mines, debris) is no capture: the bare shape is kept only when no "of" follows
 * the place (clearedOfThings, cleared-place.ts).
 */
export const CLEARED_RULE = 'captured-cleared';

/** The forces cleared out: "of Russian troops", "of the remaining Ukrainian units". */
const FORCE_WORDS = 'forces|troops|units|servicemen|fighters|soldiers|personnel|defenders|groups|remnants|elements';
const CLEARED_FORCES = `?the ?remaining|remnant|last|isolated|small|enemy ?_:Demonym ?enemy ${FORCE_WORDS}`;
/** A finished clearing: "finished clearing X" (the verb alone, "clearing X", is fighting still going on). */
const FINISHED_CLEARING = 'finished|completed|finishing|completing clearing';

const rules: RelationRuleSpec[] = [
  {
    name: CLEARED_RULE,
    predicate: 'captured',
    subjectActs: true,
    // As captured-place, whose actor and place words it uses (rules/confidence.ts measures it).
    confidence: 0.8,
    actor: true,
    patterns: [
      // "cleared X of Russian forces".
      ...taken(`cleared ${PART} ${SETTLEMENT} O:Place+ of ${CLEARED_FORCES}`),
      // "cleared Russian troops from X", "cleared the remaining enemy units out of X".
      ...taken(`cleared ${CLEARED_FORCES} from|out ?of ${PART} ${SETTLEMENT} O:Place+`),
      // "cleared X", "finished clearing the entirety of X" (no "of" after the place: cleared-place.ts).
      ...taken(`cleared ${PART} ${SETTLEMENT} O:Place+`),
      ...taken(`${FINISHED_CLEARING} ${PART} ${SETTLEMENT} O:Place+`),
    ],
  },
];

export const captureClearingRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
