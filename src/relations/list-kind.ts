import type { Doc } from '../model/document.js';
import { placeRank } from './arg-types.js';
import type { SentenceItems } from './items.js';

/**
 * A place of a list whose "in Z" a member of another kind stands next to: in "A and B Raion in Z Oblast" the
 * region locates the raion, and the town before it is only coordinated with it (the town may lie in another
 * region). A list of one kind ("A, B, and C in Z Oblast") shares its "in Z" (annotation guidelines: lists).
 * `nearest` is the list member next to the object phrase.
 */
// A plural kind word on the last conjunct is the whole list's: in "A, B, and C Raions in Z Oblast" A and B are
// raions too, whatever kind the recognizers gave their bare names.
const SHARED_KIND = /\s(?:raions|rayons|districts|oblasts|regions|provinces|hromadas)$/i;

export function otherKindInList(doc: Doc, items: SentenceItems, subjects: readonly number[], s: number, nearest: number): boolean {
  if (subjects.length < 2 || s === nearest) return false;
  if (SHARED_KIND.test(doc.mentions[items.mention[nearest]!]!.text)) return false;
  const rank = (i: number): number => placeRank(doc.mentions[items.mention[i]!]!);
  return rank(s) !== rank(nearest);
}
