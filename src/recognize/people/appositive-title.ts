import type { Word } from '../../model/words.js';
import type { PersonLexicon } from './lexicon.js';
import { loadCommonWords } from '../../gazetteer/load.js';

/**
 * Words that may open the office of an appositive before its title: "X Y, the chief advisor to …",
 * "X Y, a senior official of …", "X Y, former head of …".
 */
const OPENERS = new Set(['the', 'a', 'an', 'former', 'then', 'current', 'acting', 'senior', 'chief', 'top', 'deputy', 'first', 'longtime', 'new']);
const MAX_OPENERS = 2;

/**
 * An office in apposition right after a name marks the name as a person's: "Oleksiy X, chief advisor to
 * the President", "Alexander X, the deputy secretary of Y". `k` is the word after the name; the comma must
 * be there, and a title (any case) within two opener words after it. The title is not the person's role
 * here: the relation rules read the apposition themselves.
 */
export function titleInApposition(lex: PersonLexicon, words: readonly Word[], k: number, limit: number): boolean {
  if (words[k]?.text !== ',') return false;
  let j = k + 1;
  for (let n = 0; n <= MAX_OPENERS && j < limit; n++, j++) {
    if (lex.titles.match(words, j, limit)) return true;
    if (!OPENERS.has(words[j]!.key)) return false;
  }
  return false;
}

/**
 * The words [first, end) look like a person's name without any list knowing it: a given name opens it, or no
 * word of it is an ordinary English word ("Vuhlehirske Reservoir" is a place, "Oleksiy X" a person).
 */
export function looksLikePersonName(words: readonly Word[], first: number, end: number): boolean {
  const common = loadCommonWords();
  const key = (k: number) => words[k]!.text.toLowerCase();
  if (common.personNames.has(key(first))) return true;
  for (let k = first; k < end; k++) if (common.words.has(key(k))) return false;
  return true;
}
