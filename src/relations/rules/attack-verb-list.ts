import type { RelationRuleSpec } from '../rule-spec.js';
import { attackParts, withEventBlockers } from './events.js';

/**
 * The actor of a list of verb phrases joined by commas: "Russian forces captured A, broke through lines in B, and
 * fired on C". attacked-and carries the actor over "and"/"but" only, so a middle conjunct, after a comma, had no
 * actor. The verb must follow the comma at once (an adverb may stand between): a comma before "which", "that" or a
 * name opens another clause, whose actor is its own. The actor opens its clause (actorOpensClause), as in attacked-and.
 */
const { ATTACK_AT, SETTLEMENT, IRREALIS, NOT_THE_ACTOR } = attackParts;

/**
 * Finite verbs of attacking only: after a comma a participle ("…, advancing along X") is attacked-and's
 * PARTICIPLE_ATTACK, and a noun ("…, attacks toward X") continues a list of nouns, not of verb phrases.
 */
const ATTACKED = 'attacked|assaulted|stormed|shelled|struck|bombed|bombarded|targeted|counterattacked|raided|hit|breached|penetrated|ambushed|broke';

const STOPS = [...IRREALIS, ...NOT_THE_ACTOR].join('|');
const LIST_HEAD = `$clause S:Belligerent+ $tail **40[${STOPS}] , ?then|also|reportedly|additionally|subsequently|likely|allegedly|later`;
/** Verbs of firing on a place, as attacked-fire's. */
const FIRED = 'fired|launched|dropped';

const rules: RelationRuleSpec[] = [
  {
    name: 'attacked-verb-list',
    predicate: 'attacked',
    confidence: 0.7,
    actorOpensClause: true,
    patterns: [
      `${LIST_HEAD} ${ATTACKED} *4 ?_:Demonym *4 ${ATTACK_AT} ${SETTLEMENT} O:Place+>`,
      `${LIST_HEAD} ${ATTACKED} ${SETTLEMENT} O:Place+>`,
      `${LIST_HEAD} ${FIRED} *5 on|at|against|into|onto ?the ?_:Demonym *6 ?${ATTACK_AT} ${SETTLEMENT} O:Place+>`,
    ],
  },
];

export const attackVerbListRules: readonly RelationRuleSpec[] = rules.map(withEventBlockers);
