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
  const span = lowerSpan(doc.text, from, to);
  for (let i = 0; i < words.length; i++) if (span.includes(words[i]!)) return true;
  return false;
}

/**
 * The lower-cased slice, kept for the next call: the passes over an `attacked` statement (attack-target.ts) ask for the
 * same stretch, between its actor and its place, up to four times in a row (mere-advance.ts, attack-pushback.ts,
 * attack-repelled.ts, attack-effect.ts), and each made and lower-cased its own copy. With apposed-member.ts's search
 * of its stretch as written (branch speed10, same measure as word-info.ts gatesOf): the relations stage 0.978 → 0.957
 * of 547cae0's (6 pairs, 0.933–0.962) — more than the profile's ~0.7% in cueBetween's own frame: the copies were garbage.
 */
let lastText: string | undefined;
let lastFrom = -1;
let lastTo = -1;
let lastSpan = '';

function lowerSpan(text: string, from: number, to: number): string {
  if (text !== lastText || from !== lastFrom || to !== lastTo) {
    lastSpan = text.slice(from, to).toLowerCase();
    lastText = text;
    lastFrom = from;
    lastTo = to;
  }
  return lastSpan;
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
 * `\s`) cannot match any slice ending at `end`. Such an expression is tried at every character of a slice of up to 140
 * characters, and most places have another word before them: over the 294 ISW reports, 84k of the 115k look-behinds
 * per pass are passed over this way (counted). Characters are compared in place, no slice made.
 */
export function endsWithWord(text: string, end: number, { words }: LastWords): boolean {
  if (end === 0 || !isRegExpSpace(text.charCodeAt(end - 1))) return false;
  const e = spacesBefore(text, end);
  const b = wordBefore(text, e);
  if (isOneOf(text, b, e, words)) return true;
  if (b === 0 || !isOneOf(text, b, e, THE)) return false;
  const e2 = spacesBefore(text, b);
  return isOneOf(text, wordBefore(text, e2), e2, words);
}

/** The words endsWithWord looks for. */
export interface LastWords {
  words: readonly string[];
}

export const lastWords = (list: readonly string[]): LastWords => ({ words: list });

const THE = ['the'];

/** The start of the whitespace that ends at `end`. */
function spacesBefore(text: string, end: number): number {
  let e = end;
  while (e > 0 && isRegExpSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** The start of the run of non-space characters that ends at `end`. */
function wordBefore(text: string, end: number): number {
  let b = end;
  while (b > 0 && !isRegExpSpace(text.charCodeAt(b - 1))) b--;
  return b;
}

/**
 * text[b, e) is one of `words` (lower-case ASCII letters) in any case. `c | 0x20` is a lower-case ASCII letter only for
 * an ASCII letter, which it lower-cases: the case-insensitive expressions fold no other character to one.
 */
function isOneOf(text: string, b: number, e: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.length !== e - b) continue;
    let k = 0;
    while (k < w.length && (text.charCodeAt(b + k) | 0x20) === w.charCodeAt(k)) k++;
    if (k === w.length) return true;
  }
  return false;
}
