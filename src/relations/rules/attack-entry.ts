import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * Entering a town is an advance into it, an attack (annotation guidelines, "Words of taking and leaving": "entered X" is
 * `attacked`, not `captured`, as the ISW dev gold has it): "Russian forces entered southern X", "entered the northern
 * outskirts of X", "soldiers of the 200th Brigade entered X", "units entered the X Chemical Plant". A town or a site only:
 * forces that enter a country or a region cross a border, which is no attack on it ("entered Belarus for exercises").
 * Branch iswatk6: 6 of the ISW dev split's missed attacks; built on attacked-place's actor and place words (events.ts).
 */
const { ATTACKER, SETTLEMENT } = attackParts;

const ENTERING = 'entered|entering|reentered|re-entered';
/**
 * Moving into a town is entering it: "Freedonian forces moved into the western parts of X". Branch ev10 measured the
 * verbs of moving, driving and breaking before "into"/"inside" as a class on ISW dev + blind dev: 1 statement added, right
 * (attacking verbs before "into" — pushed, stormed, penetrated — are attacked-place's already); on the 294 ISW reports 2
 * added, both right.
 */
const MOVING = 'moved|move|moves|moving|drove|driving|broke|breaking|burst';
/** The part of the town moved into: "the residential areas of X", "the western parts of X". */
const TOWN_PART = '?the ?residential|industrial|central|northern|southern|eastern|western ?part|parts|areas|area|outskirts ?of';

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-entry',
    predicate: 'attacked',
    confidence: 0.75,
    actor: true,
    patterns: [
      `${ATTACKER} ${ENTERING} ${SETTLEMENT} O:City|Site+^>`,
      `${ATTACKER} ${MOVING} into|inside ${TOWN_PART} ${SETTLEMENT} O:City|Site+^>`,
    ],
  },
];

export const attackEntryRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
