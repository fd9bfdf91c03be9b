import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * An attempt to advance to a place attacks it, as one "on" or "toward" it does (annotation guidelines: "attempted to
 * advance on X"): "Russian forces unsuccessfully attempted to advance to X and withdrew", "tried and failed to advance
 * to X"; so does one that partly succeeded ("had partial success in X"). The core rule (events.ts attacked-place) reads "advance" with the prepositions of where an attack lands,
 * which leave "to" out: a plain "advanced to X" is a move, no attack; only the attempt makes it one.
 */
const { ATTACKER, ATTACKS, SETTLEMENT, FORCES, IRREALIS, NOT_THE_ACTOR } = attackParts;

/** Words of trying, right before "to advance". */
const TRIED = 'attempted|attempting|attempt|attempts|tried|trying|failed';
/** Verbs of taking after an attempt in a participle clause: "…, attempting to capture X" (as attacked-place's TAKING). */
const TAKE = 'capture|seize|take|retake|recapture|storm|encircle';
/**
 * What the stretch between an attack and its participle clause never crosses: another clause, or a report of one
 * ("shelled A, Ukrainian officials said, attempting …").
 */
const CLAUSE_STOPS = ['as', 'while', 'when', 'whereas', 'which', 'who', 'whom', 'whose', 'where', 'because', 'although', 'though', 'but', 'since', 'until', 'unless', 'if', 'that', ';', ':', 'said', 'stated', 'reported', 'claimed'];
/**
 * An attack that partly succeeded: "Freedonian forces had partial success near X", "made limited gains in X" (annotation
 * guidelines, `attacked`, decided 2026-12-07; the read golds mark it 2 of 2). Only a force, an armed group or a country
 * (or its nationality) has it, maybe after other words of its clause ("continued attacks east of Y and made marginal
 * gains around X": the gap and its stops as the core attack rules' actor, events.ts): "success in X" of a company or a
 * party is no attack. Only a qualified success: a plain "success in X" may be a capture.
 */
const PARTIAL_SUCCESS = `$actor S:Unit|ArmedOrg|Country+ $tail ${FORCES} ?$aside *9,[${[...IRREALIS, ...NOT_THE_ACTOR].join('|')}] had|made|achieved|secured|gained partial|some|limited|marginal|minor|localized success|successes|gains in|near|around|at|on ${SETTLEMENT} O:Place+^>`;
/** A participle clause of trying after a clause of attacking: its subject is the attack's actor. */
const TRYING_AFTER = `${ATTACKER} ${ATTACKS} **12[${CLAUSE_STOPS.join('|')}] , ?reportedly|unsuccessfully|likely attempting|trying to`;

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-advance-attempt',
    predicate: 'attacked',
    // As attacked-place, whose actor and place words it uses (rules/confidence.ts measures it).
    confidence: 0.8,
    actor: true,
    patterns: [`${ATTACKER} ${TRIED} to advance to ${SETTLEMENT} O:Place+^>`, `${ATTACKER} tried and failed to advance to ${SETTLEMENT} O:Place+^>`, PARTIAL_SUCCESS],
  },
  {
    // A participle clause of trying after the actor's attack: "Russian forces conducted assaults west of X, attempting to
    // advance on A, B, and C", "shelled X, trying to capture Y" (not "toward": advancing toward a place is no attack).
    name: 'attacked-attempt-participle',
    predicate: 'attacked',
    // As attacked-place (rules/confidence.ts measures it).
    confidence: 0.8,
    actor: true,
    patterns: [`${TRYING_AFTER} advance on|to|into ${SETTLEMENT} O:Place+^>`, `${TRYING_AFTER} ${TAKE} ${SETTLEMENT} O:Place+^>`],
  },
];

export const attackAttemptRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
