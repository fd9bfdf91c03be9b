import type { SentenceItems } from './items.js';

/**
 * A decision or a readiness to act is no event (annotation guidelines: intentions and plans are not annotated):
 * "Russian forces have likely decided to attack X", "claimed that Ukrainian forces prepared to attack Y", "are poised
 * to assault Z". The event rules' gaps stop at the words of a plan (rules/events.ts IRREALIS), but "prepared" is
 * mostly an adjective or a verb of its own ("prepared positions and shelled X" is an attack), so only these words
 * followed by "to" are read, between the first and the last item of a match (O(match)).
 */
const INTENDING = new Set(['decided', 'decide', 'decides', 'deciding', 'prepared', 'poised', 'ready', 'determined', 'resolved',
  // A hope, a wish or an expectation is no event either: "are likely hoping to advance on X", "are expected to attack Y" (branch rel37).
  'hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'wanting', 'wish', 'wishes', 'wished', 'wishing',
  'expect', 'expects', 'expected', 'expecting']);

/**
 * One adverb may stand between the word and its "to": "likely expect instead to break out … and attack X" (iswprec4: the
 * 294 ISW reports' one such statement was wrong; no other adverb-split intention there gave a statement).
 */
const SPLITTING_ADVERBS = new Set(['instead', 'also', 'likely', 'still', 'now', 'soon', 'again', 'further', 'eventually']);

/** The word item at `i` is the "to" of an infinitive. */
const isTo = (items: SentenceItems, i: number): boolean => items.mention[i]! < 0 && items.keys[i] === 'to';

export function statedAsIntention(items: SentenceItems, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (items.mention[i]! >= 0 || !INTENDING.has(items.keys[i]!)) continue;
    if (isTo(items, i + 1)) return true;
    if (items.mention[i + 1]! < 0 && SPLITTING_ADVERBS.has(items.keys[i + 1]!) && isTo(items, i + 2)) return true;
  }
  return false;
}
