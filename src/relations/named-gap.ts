import type { Doc, Predicate } from '../model/document.js';
import type { SentenceItems } from './items.js';
import type { TitleClass } from './rules/titles.js';

/** Lower-case words a body's or a department's name may hold: "Committee on Defense", "Head of Operations". */
const NAME_LINKS = new Set(['of', 'and', 'on', 'for', 'the', '-']);
/**
 * The predicate a rule with `namedGap` gives over the words strictly between items `from` (the body) and `to`
 * (the title or the titled person), or undefined when they do not continue a name. They must be capitalized or
 * linking words (a department or command of the body: "Y Air Force Command Spokesperson X", "Y General Staff
 * Main Operations Deputy Chief X"); clause words ("Y forces killed commander X") are lower case. A bracketed
 * acronym right after the body is passed over ("Y Military District (YMD) Commander X"). A rank names no
 * office there ("Y District (YD) Colonel General X" follows another title's complement). (Making the head of
 * a department a member of the body, not its leader, lost a right leaderOf on dev-B: not done.)
 */
export function namedGapPredicate(doc: Doc, items: SentenceItems, from: number, to: number, predicate: Predicate | undefined, role: TitleClass | undefined): Predicate | undefined {
  if (predicate === undefined || role === 'rank') return undefined;
  let first = from + 1;
  if (items.keys[first] === '(' && items.mention[first + 1]! >= 0 && items.keys[first + 2] === ')') first += 3;
  let named = false;
  for (let i = first; i < to; i++) {
    if (!continuesName(doc, items, i, i === first)) return undefined;
    if (items.keys[i] !== "'s" && !NAME_LINKS.has(items.keys[i]!)) named = true;
  }
  if (!named && to !== first) return undefined;
  return predicate;
}

/**
 * Item `i` may stand inside a name between a body and its office: a capitalized word, a linking word, or — as
 * the first item — the body's possessive. The matcher stops a `namedGap` rule's gaps at any other item.
 */
export function continuesName(doc: Doc, items: SentenceItems, i: number, first: boolean): boolean {
  if (items.mention[i]! >= 0) return false;
  const key = items.keys[i]!;
  if ((key === "'s" && first) || NAME_LINKS.has(key)) return true;
  return CAPITALIZED.test(doc.text.slice(items.start[i]!, items.end[i]!));
}

const CAPITALIZED = /^\p{Lu}/u;
