import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, NOT_THE_ACTOR, takingParts, withEventBlockers } from './events.js';
import { breakthroughParts } from './attack-breakthrough.js';

/**
 * The subject of a chain of verb phrases, carried to a finite past verb of taking, leaving or fighting: "Russian
 * forces attacked A, captured B, and withdrew from C", "Ukrainian forces tried to cross the river near A and
 * liberated B", "DNR forces made advances near A, pushed Ukrainian troops back, and took control of B".
 *
 * captured-and (rules/events.ts) carries the actor over "and" only, and stops at any word of an attempt or a plan in
 * the first verb phrase, since "attempted to encircle A and capture B" puts B under the attempt. A verb in the past
 * tense is no infinitive: after "and" or a comma it is a verb of its own, of the clause's subject, whatever the
 * phrase before it aimed at ("spent weeks trying to break through near A and captured B"). So these patterns take
 * only finite past forms (not "taken", "withdrawn": participles that a passive or a perfect could govern) and
 * stop only at a modal, at a clause of report ("officials said that …") and at the matcher's clause words.
 * withdrewFrom and foughtAgainst had no such carried rule for a verb after a comma.
 */
const { PORTION, SETTLEMENT, BANK, PART, WITHDRAWN_STOPS, HELD_GROUND } = takingParts;
const { ATTACK_AT, AFTER_VERB } = attackParts;

/**
 * Defenders are the subject here, not a wrong actor: in "Ukrainian forces repelled Russian assaults near A and
 * recaptured B" the first verb's subject took B (the actor opens its clause, so "Russian" is never read).
 */
const DEFENDING = new Set(['repelled', 'repulsed', 'repelling', 'repel', 'defended', 'defending', 'halted', 'stopped', 'thwarted', 'prevented', 'neutralized', 'neutralizing', 'neutralised']);
/** Modals still make the chain a forecast or a counterfactual ("will likely attack A and …", "could have …"). */
const MODALS = ['will', 'would', 'could', 'can', 'must', 'should', 'shall'];
const STOPS = [...MODALS, ...NOT_THE_ACTOR.filter((w) => !DEFENDING.has(w))].join('|');
/** Adverbs between the link and the verb: "and then withdrew", ", and reportedly captured". */
const ADVERBS = 'then|also|later|reportedly|additionally|subsequently|likely|eventually|ultimately|successfully|finally|allegedly|possibly|partially|fully';
/** The clause's subject, the verb phrases before (names and commas too), and the link. */
const CHAIN = `$clause S:Belligerent+ $tail **40[${STOPS}] and|, ?${ADVERBS}`;
/**
 * The same with a relative clause or another aside closing the first verb phrase: "Russian forces shelled A, which
 * Ukrainian forces liberated in 2022, and captured B" (the aside's subject is its own: relative-actor.ts).
 */
const CHAIN_PAST_ASIDE = `$clause S:Belligerent+ $tail **40[${STOPS}] $aside and ?${ADVERBS}`;

/** Past tense of taking (not "occupied": mostly an adjective after a comma, "shelled A, occupied B, and C"). */
const TOOK = 'captured|seized|liberated|recaptured|retook|regained|overran|took';
const TOOK_CONTROL = 'took|gained|established|regained|assumed|secured ?full|complete|partial|total|effective ?military control of|over';
/** Past tense of leaving. */
const LEFT = 'withdrew|retreated|pulled|fled';
/** Past tense of striking what stands in a place (attacked-place's verbs that have no other reading after a chain). */
const STRUCK = 'struck|shelled|bombed|bombarded|destroyed|targeted|hit|raided|stormed|assaulted';
/** Past tense of fighting a party. */
const FOUGHT = 'fought|clashed|battled';

/** Where a party fought, as attacked-fighting reads it (a town only: fighting "in Ukraine" is the war). */
const FOUGHT_AT = 'in|near|around|within|outside';
const FOR_CONTROL = 'for ?the ?full|complete ?control of|over';

const rules: RelationRuleSpec[] = [
  {
    // "Russian troops conducted assaults toward A and fought around B and C", "… and made a failed
    // reconnaissance-in-force operation in B" (a fight or a probe in a place is an attack there: attacked-fighting,
    // attacked-place).
    name: 'attacked-chain',
    predicate: 'attacked',
    confidence: 0.7,
    actorOpensClause: true,
    oneSide: true,
    patterns: [
      `${CHAIN} ${FOUGHT} ${FOUGHT_AT} ${SETTLEMENT} O:City+>`,
      `${CHAIN} ${FOUGHT} ${FOR_CONTROL} ${SETTLEMENT} O:Place+>`,
      `${CHAIN} conducted|launched *3 reconnaissance ?- in ?- force *3 ${ATTACK_AT} ${SETTLEMENT} O:Place+>`,
      // "… attacked near A and broke through Ukrainian defenses near B" (attack-breakthrough.ts reads the verb after its actor).
      `${CHAIN} broke ?through ?the ?_:Demonym ${breakthroughParts.BROKEN_WORDS} ${breakthroughParts.BROKEN} ${breakthroughParts.AT} ${SETTLEMENT} O:Place+>`,
    ],
  },
  {
    name: 'captured-chain',
    predicate: 'captured',
    confidence: 0.75,
    actorOpensClause: true,
    subjectActs: true,
    patterns: [CHAIN, CHAIN_PAST_ASIDE].flatMap((chain) => [`${chain} ${TOOK} ${PORTION} ${SETTLEMENT} O:Place+`, `${chain} ${TOOK_CONTROL} ${PART} ${SETTLEMENT} O:Place+`]),
  },
  {
    name: 'withdrew-chain',
    predicate: 'withdrewFrom',
    confidence: 0.75,
    actorOpensClause: true,
    subjectActs: true,
    atThePlace: true,
    patterns: [CHAIN, CHAIN_PAST_ASIDE].flatMap((chain) => [
      `${chain} ${LEFT} ?back|out *4[${WITHDRAWN_STOPS}] from|out ?of ?around ${PART} ${SETTLEMENT} ${BANK} O:Place+`,
      `${chain} ${LEFT} ?back|out *4[${WITHDRAWN_STOPS}] from|out ?of ?their|its|the *2 ${HELD_GROUND} ?in|near|around|outside ?the O:Place+`,
    ]),
  },
  {
    name: 'fought-chain',
    predicate: 'foughtAgainst',
    symmetric: true,
    confidence: 0.7,
    actorOpensClause: true,
    partyForces: true,
    patterns: [
      `${CHAIN} ${FOUGHT} ?with|against ?the ?remaining O:Belligerent+`,
      `${CHAIN} engaged in *2 fighting|battles|combat|clashes with|against ?the ?remaining O:Belligerent+`,
    ],
  },
  // ── Added by the fresh-text recall pass (branch iswrec): on a fresh sample of 150 unannotated ISW paragraphs, 3
  // chains carried their subject to a verb of striking or to fighting in progress that no rule read ("repelled
  // assaults near A and destroyed reconnaissance groups near B", "have taken ground near A and are fighting in B").
  {
    // A strike in the past tense after the chain: "Russian forces repelled Ukrainian assaults near A and destroyed
    // Ukrainian sabotage groups near B". The first verb phrase may be a defence (DEFENDING is no stop of the chain),
    // whose attackers the chain passes over: the clause's subject struck B.
    name: 'attacked-chain-strike',
    predicate: 'attacked',
    confidence: 0.7,
    actorOpensClause: true,
    oneSide: true,
    patterns: [`${CHAIN} ${STRUCK} ?the|a|an|two|three|several ?_:Demonym ${AFTER_VERB} ${ATTACK_AT} ${SETTLEMENT} O:Place+>`],
  },
  {
    // Fighting in progress after the chain: "Ukrainian forces have taken ground east of A and are fighting in B" (a
    // fight in a town is an attack there, as attacked-fighting reads it; a town only).
    name: 'attacked-chain-fighting',
    predicate: 'attacked',
    confidence: 0.7,
    actorOpensClause: true,
    oneSide: true,
    patterns: [`${CHAIN} are|were|is|was ?still|reportedly|also|now fighting ${FOUGHT_AT} ${SETTLEMENT} O:City+>`],
  },
];

export const eventChainRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
