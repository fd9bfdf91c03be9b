import type { Mention } from '../../model/document.js';
import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import { loadCommonWords } from '../../gazetteer/load.js';
import type { PersonLexicon } from './lexicon.js';
import { isNameWord } from './name-shape.js';

/**
 * The end of a two-word personal name whose surname is also an organization's one-word alias: many groups
 * and companies are named after a person or share a surname ("Wagner", "Ford"), and a reporter or a victim
 * bearing the surname ("… reporter Anna Wagner") is read as the organization when the given name is left
 * alone. A known given name right before the alias makes the pair a person when:
 * - the given name is claimed by no other candidate (a place or a demonym: "Jordan", "Georgia") and is no
 *   ordinary English word ("Said", "Will");
 * - the alias is one word, an organization of the curated lists, right after the given name;
 * - no further name word follows (a longer capitalized run is some other name the pair is part of).
 * Returns the name's end (word index), or -1.
 */
export function aliasSurnameEnd(
  lex: PersonLexicon,
  text: string,
  words: readonly Word[],
  i: number,
  limit: number,
  claimedGiven: boolean,
  candidateAt: (k: number) => Mention | undefined,
): number {
  const k = i + 1;
  if (claimedGiven || k >= limit) return -1;
  const given = words[i]!;
  const surname = words[k]!;
  if (!surname.capitalized || !adjacent(text, given, surname)) return -1;
  const common = loadCommonWords();
  const g = given.text.toLowerCase();
  if (common.words.has(g) && !common.personNames.has(g)) return -1;
  const alias = candidateAt(k);
  if (alias === undefined || alias.type !== 'Organization' || alias.recognizer !== 'gazetteer' || alias.start !== surname.start || alias.end !== surname.end) return -1;
  const next = words[k + 1];
  if (next !== undefined && k + 1 < limit && next.capitalized && adjacent(text, surname, next) && isNameWord(lex, next)) return -1;
  return k + 1;
}
