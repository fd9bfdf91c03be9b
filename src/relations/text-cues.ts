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
