import type { SentenceItems } from './items.js';

/**
 * A capture participle used as an adjective describes the place, it tells no taking: "found a weapons cache in the
 * liberated village of X", "detained a collaborator in recently recaptured X", "entered the newly liberated town of X"
 * (annotation guidelines: a statement's subject must be the party that took the place, as the text states it). The
 * participle is adjectival when a determiner or a preposition stands right before it, or before an adverb of time or
 * degree right before it ("the recently liberated …"). A finite verb has its subject or an auxiliary there: "forces
 * liberated the village of X", "have recaptured X", "forces recently liberated X" keep their capture.
 * "occupied" is left out: the dev gold marks "the Russian-occupied X" and its like `captured` (guidelines' open
 * question, evaluation.md branch prec10), and "held" or "controlled" are states, not takings.
 */

/** Past participles of taking a place (the rules' CAPTURES words that are participles). */
const PARTICIPLES: ReadonlySet<string> = new Set(['liberated', 'captured', 'recaptured', 'seized', 'retaken', 'regained', 'taken', 'secured', 'overrun', 'deoccupied']);
/** Words after which a participle is a noun's modifier. */
const BEFORE_ADJECTIVE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'newly', 'other', 'several', 'many', 'some',
  'in', 'of', 'into', 'from', 'to', 'near', 'at', 'on', 'across', 'throughout', 'within', 'around', 'for', 'with', 'over', 'toward', 'towards', 'outside', 'inside',
]);
/** Adverbs that may stand between the determiner and the participle ("the recently liberated"). */
const ADVERBS: ReadonlySet<string> = new Set(['recently', 'newly', 'previously', 'already', 'just', 'formerly', 'once', 'partially', 'partly', 'fully', 'only', 'since']);

/** A capture participle in the match (first…last) stands as an adjective before its noun. */
export function adjectivalParticiple(items: SentenceItems, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (items.mention[i]! >= 0 || !PARTICIPLES.has(items.keys[i]!)) continue;
    let before = i - 1;
    if (before >= 0 && items.mention[before]! < 0 && ADVERBS.has(items.keys[before]!)) before--;
    return before >= 0 && items.mention[before]! < 0 && BEFORE_ADJECTIVE.has(items.keys[before]!);
  }
  return false;
}
