import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * Shapes of attack sentences the core event rules (events.ts) do not read: what was hit is named through the
 * unit it belongs to. Built on the same actor and attack words as attacked-place.
 */
const { ATTACKER, ATTACKS } = attackParts;

/** What a unit has that a strike hits: "destroyed the command post of the 22nd Corps". */
const UNIT_ASSETS = 'post|posts|headquarters|hq|base|bases|depot|depots|checkpoint|checkpoints|warehouse|warehouses|barracks';

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
];

export const attackShapeRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
