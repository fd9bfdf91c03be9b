import type { RelationRuleSpec } from '../rule-spec.js';
import { withEventBlockers } from './events.js';

/**
 * A capture folded into a compound before a town's name: "in Freedonian-occupied Tarnok", "the Freedonian-seized town
 * of Tarnok", "in Freedonian-liberated Tarnok" → captured(Freedonia, Tarnok). The annotation guidelines count an actor
 * that captured, seized, occupied or liberated a place as its taker; the compound states it in one word, whatever the
 * clause is about.
 *
 * Measured as a class on ISW dev + ISW blind dev (branch ev10, 2026-12-07), counting the statements it adds that no
 * other rule made, right by the gold: any place and the participles below with "held", "controlled" and "annexed", 7
 * right of 23. Guards, each over the whole class (right / wrong it removes): the object a town or a site, not a region
 * or a country ("A-occupied <peninsula>", "occupied territories in <country>" are a capture in some gold files and
 * nothing in others) 3 / 13; an item of a list left alone (objectAlone: which items the compound covers is not said) 0 / 2;
 * "annexed" (a legal act) 0 / 1; "held" and "controlled" (holding is no taking: "Ukrainian-controlled X" is a defender's
 * own town) 1 / 1 on dev, and on the 294 ISW reports 4 / 6 as judged by reading. Left: 3 of 3 on dev + blind dev. Not
 * kept: a site guard (bridges, plants) 1 / 1; a place qualifying the next noun ("the A-occupied X airfield") 2 / 2 on
 * the 294 reports.
 */

/** The participles of taking, after the taker's name and a hyphen. */
const TAKEN = 'occupied|liberated|captured|seized';
/** What may stand between the compound and the name: "the Freedonian-occupied town of X", "Freedonian-occupied southern X". */
const KIND = '?northern|southern|eastern|western|central ?the ?city|town|village|settlement ?of';

const rules: RelationRuleSpec[] = [
  {
    name: 'captured-compound',
    predicate: 'captured',
    confidence: 0.6,
    objectAlone: true,
    patterns: [`S:Demonym|Country - ${TAKEN} ${KIND} O:City`],
  },
];

export const captureCompoundRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
