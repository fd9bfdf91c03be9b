import type { RelationMention } from '../model/document.js';
import { derivedStatement } from './derived-statement.js';
import type { SentenceItems } from './items.js';
import { attackParts } from './rules/events.js';

/**
 * A unit's second verb phrase (second-phrase.ts) that attacks: "the 5th Brigade is deployed near X and shelled Y",
 * "A, B and C are active in X and likely taking part in efforts to advance on Y". The phrase's place is where the
 * unit is (operatesIn, second-phrase.ts) and what it attacked (annotation guidelines: a unit that attacks a place
 * also operatesIn it, and an attempt to advance on a place is an attack on it).
 */
export const SECOND_ATTACK_RULE = 'unit-second-attack';
/** As the phrase's operatesIn (SECOND_PHRASE_CONFIDENCE); measured in rules/confidence.ts. */
const SECOND_ATTACK_CONFIDENCE = 0.7;

/** An advance is an attack only when it was tried (annotation guidelines): "efforts to advance on Y". */
const ADVANCES = new Set(['advance', 'advances', 'advanced', 'advancing', 'pushing', 'pushed']);
const TRYING = new Set(['effort', 'efforts', 'attempt', 'attempts', 'attempted', 'attempting', 'tried', 'trying']);
/** Words of attacking (events.ts ATTACKS), the advances apart; "offensive" alone may be a plan or a posture. */
const ATTACK_WORDS: ReadonlySet<string> = new Set(attackParts.ATTACKS.split('|').filter((w) => !ADVANCES.has(w) && w !== 'offensive' && w !== 'offensives'));

/**
 * The words of the phrase from its verb (item `verb`) up to its first place (item `place`) attack: an attack word,
 * or an advance after a word of trying. At most the few words second-phrase.ts lets stand between them.
 */
export function isAttackPhrase(items: SentenceItems, verb: number, place: number): boolean {
  let tried = false;
  for (let p = verb; p >= 0 && p < place; p++) {
    if (items.mention[p]! >= 0) continue;
    const key = items.keys[p]!;
    if (ATTACK_WORDS.has(key)) return true;
    if (TRYING.has(key)) tried = true;
    else if (tried && ADVANCES.has(key)) return true;
  }
  return false;
}

/** The attack of the phrase whose operatesIn statement is `presence`. */
export function secondPhraseAttack(presence: RelationMention): RelationMention {
  return derivedStatement(presence, presence.object, 'attacked', SECOND_ATTACK_RULE, SECOND_ATTACK_CONFIDENCE);
}
