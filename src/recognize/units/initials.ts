import type { Word } from '../../model/words.js';

/** Shortest abbreviation read from initials: two letters match too much by chance, and the tables list the usual ones. */
const MIN_LETTERS = 3;
/** Lower-case words a unit's initials skip ("Group of Forces" → "GF"). */
const SKIPPED = new Set(['of', 'and', 'the', "'s"]);

/**
 * "915th Separate Guards Rifle Brigade (915th SGRB)": a bracket right after a unit whose item is an all-caps word
 * spelling the initials of the unit's words after its ordinal (a plural -s allowed), with the unit's own ordinal before
 * it or none, is the unit's abbreviation: the document's later "915th SGRB" names the same unit. The tables list
 * the abbreviations every report uses (CAA, MRB); this reads the ones a report coins (3 spans of the ISW dev golds,
 * 3 ordinal + unlisted abbreviation pairs in the 168 reports outside the held-out splits). Returns the item's words
 * and the abbreviation, or undefined.
 */
export function initialsInBracket(words: readonly Word[], first: number, end: number, limit: number): { start: number; stop: number; abbr: string } | undefined {
  const open = words[end];
  if (!open || (open.text !== '(' && open.text !== '[')) return undefined;
  let k = end + 1;
  if (words[k]?.key === words[first]!.key) k++;
  const word = words[k];
  const close = words[k + 1];
  if (!word || !close || k + 1 >= limit || !word.allCaps || !/^[A-Z]+s?$/.test(word.text)) return undefined;
  if (close.text !== ')' && close.text !== ']' && close.text !== ',') return undefined;
  const letters = word.text.endsWith('s') ? word.text.slice(0, -1) : word.text;
  if (letters.length < MIN_LETTERS || letters !== initialsOf(words, first + 1, end)) return undefined;
  return { start: end + 1, stop: k + 1, abbr: word.text };
}

/** Upper-case first letters of the words in [first, end), skipping linking words. */
function initialsOf(words: readonly Word[], first: number, end: number): string {
  let out = '';
  for (let k = first; k < end; k++) {
    const w = words[k]!;
    if (SKIPPED.has(w.key) || w.punct) continue;
    out += w.text[0]!.toUpperCase();
  }
  return out;
}
