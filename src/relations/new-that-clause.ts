import type { Doc, Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * "and that" opens a second reported clause with a subject of its own: in "the General Staff reported that Russian
 * forces are repelling Ukrainian advances and that Russian troops attacked near X" the place is the second clause's
 * (read by that clause's own match), never an attack of another party named in the first. True when "and that"
 * stands inside the matched stretch and the name right after it (past an article) is another party than the
 * match's actor; the same party carried on ("… and that Russian forces shelled A, including B") keeps the match,
 * whose list the first clause's actor reads as well. O(match).
 */
const ARTICLES = new Set(['the', 'a', 'an']);
const party = (m: Mention): string => (m.ref ? m.ref.name : (m.canonical ?? m.text)).toLowerCase();

export function secondThatClause(doc: Doc, items: SentenceItems, first: number, last: number): boolean {
  const actor = items.mention[first]!;
  if (actor < 0) return false;
  for (let i = first + 2; i < last; i++) {
    if (items.mention[i]! >= 0 || items.keys[i] !== 'that' || items.mention[i - 1]! >= 0 || items.keys[i - 1] !== 'and') continue;
    let p = i + 1;
    if (p < last && items.mention[p]! < 0 && ARTICLES.has(items.keys[p]!)) p++;
    const next = items.mention[p]!;
    return next >= 0 && party(doc.mentions[next]!) !== party(doc.mentions[actor]!);
  }
  return false;
}
