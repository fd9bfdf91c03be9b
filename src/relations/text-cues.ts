import type { Doc } from '../model/document.js';

/**
 * A pre-test for the regular expressions that the passes over the statements run on the text between two mentions
 * ("pushed … back", "repelled … assault"): such an expression cannot match a stretch of text that holds none of its
 * literal words, and most stretches hold none. Looking for the words in the lower-cased stretch is a plain substring
 * search, where the expressions tried their alternatives and word boundaries at every character (over the 294 ISW
 * reports, the expressions of attack-pushback.ts and attack-repelled.ts took 3.2% of the relations stage's CPU
 * profile). Finding the words' offsets in the whole text once per document cost more than it saved on the bench
 * corpus's shorter reports (2% of the stage's profile), and lower-casing the whole text 0.8%.
 *
 * False only when doc.text.slice(from, to) holds none of `words` (lower case, ASCII letters) in any case: then a
 * case-insensitive expression (without the `u` flag: it folds only ASCII letters to these) that needs one of them
 * cannot match that slice. (Lower-casing may find more than the expression would, never less.)
 */
export function cueBetween(doc: Doc, words: readonly string[], from: number, to: number): boolean {
  if (from >= to) return false;
  const span = doc.text.slice(from, to).toLowerCase();
  for (let i = 0; i < words.length; i++) if (span.includes(words[i]!)) return true;
  return false;
}

/** Whether char code `c` is one that a regular expression's `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isRegExpSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A pre-test for the regular expressions read on the text right before a place that end in "… of (the) " or "… near
 * (the) ", `…\s+W\s+(?:the\s+)?$` with W one of `words` (lower case, ASCII letters, none of them "the"): false only when
 * the text before `end` does not close with whitespace, or its last word (the one before it when the last is "the"),
 * read between whitespace, is none of `words` in any case — then such an expression (case-insensitive, whose W follows
 * `\s`) cannot match any slice ending at `end`. Such an expression tries its alternatives at every character of a
 * slice of up to 140 characters, and most places have another word before them ("in", "near" for the ones asking "of").
 */
export function endsWithWord(text: string, end: number, { words, longest }: LastWords): boolean {
  if (end === 0 || !isRegExpSpace(text.charCodeAt(end - 1))) return false;
  const last = wordEndingBefore(text, end);
  const length = last.end - last.start;
  if (length <= longest && words.has(text.slice(last.start, last.end).toLowerCase())) return true;
  if (length !== 3 || text.slice(last.start, last.end).toLowerCase() !== 'the' || last.start === 0) return false;
  const before = wordEndingBefore(text, last.start);
  return before.end - before.start <= longest && words.has(text.slice(before.start, before.end).toLowerCase());
}

/** The words endsWithWord looks for, and the length of the longest (a longer last word is not lower-cased). */
export interface LastWords {
  words: ReadonlySet<string>;
  longest: number;
}

export const lastWords = (list: readonly string[]): LastWords => ({ words: new Set(list), longest: Math.max(...list.map((w) => w.length)) });

/** The run of non-space characters before the spaces before `end` (start = end when there is none). */
function wordEndingBefore(text: string, end: number): { start: number; end: number } {
  let e = end;
  while (e > 0 && isRegExpSpace(text.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > 0 && !isRegExpSpace(text.charCodeAt(b - 1))) b--;
  return { start: b, end: e };
}
