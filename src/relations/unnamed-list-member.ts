import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * A member of a list of places that no recognizer marked: "near A (30km northeast), B (20km north), Xa Yb (5km north),
 * C (23km northeast), and D" — one to three capitalized words, maybe with its bracket, between the list's links. The
 * list goes on past it (attack-list-continuation.ts): its places after it are the same attack's (annotation
 * guidelines: every place of a list), though the unnamed member itself gives nothing.
 */
const MAX_WORDS = 3;
/** A capitalized word of a name: letters, maybe with inner hyphens or apostrophes ("Nova-Ya", "Mar'yinka"). */
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*$/u;
const MAX_BRACKET = 12;

/**
 * The item after the unnamed member that starts at `start` (its words and its bracket), or -1 when no such member
 * stands there: a word that is no capitalized name word, a mention, or a bracket left open ends it.
 */
export function unnamedMemberEnd(doc: Doc, items: SentenceItems, start: number): number {
  let p = start;
  while (p < items.length && p < start + MAX_WORDS && items.mention[p]! < 0 && NAME_WORD.test(doc.text.slice(items.start[p]!, items.end[p]!))) p++;
  if (p === start) return -1;
  if (p < items.length && items.mention[p]! < 0 && items.keys[p] === '(') {
    let close = p + 1;
    while (close < items.length && close < p + MAX_BRACKET && !(items.mention[close]! < 0 && items.keys[close] === ')')) close++;
    if (close >= items.length || close >= p + MAX_BRACKET) return -1;
    p = close + 1;
  }
  return p;
}
