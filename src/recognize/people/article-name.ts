import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import type { PersonLexicon } from './lexicon.js';
import { isNameWord } from './name-shape.js';

/**
 * Arabic names as English news writes them: a given name, then a family name (or a further given name) joined
 * to the article, "Fayez al-Sarraj", "Nouri al-Maliki", "Abd al-Rahman al-X". No given-name list holds every
 * given name of the region in every romanization, and the title-less name shapes need one, so such a name
 * without a title was not read at all. A capitalized word of a name's shape right before an "al-"/"el-" word is
 * the name's first word, unless it opens a place's or a group's name ("Ras al-Ain", "Wadi al-X", "Jaish
 * al-Islam": `placeHeads`, `groupHeads` of gazetteers/rules/names-middle-east.json) or is an ordinary English
 * word ("Northern al-X"), and, unless it is a listed given name, the word after the article is no English word;
 * the caller checks that no other candidate claims it (a listed place "Deir al-Zour").
 */
const ARTICLE_WORD = /^[ae]l[-‑]\p{Lu}\p{Ll}/iu;

/** "Abdul-Karim", "Abdel-Hakim", "Abd-Rabbo": "servant of" joined to one of God's names, one given name. */
const SERVANT_OF = /^Ab(d|dul|del|dal|dol|dil)[-‑]\p{Lu}\p{Ll}+$/u;

/** Whether a word is a hyphenated "Abdul-" given name, which no list needs to hold. */
export function isServantOfName(w: Word): boolean {
  return w.text.length > 5 && w.text.charCodeAt(0) === 65 /* A */ && SERVANT_OF.test(w.text);
}

/** Whether a word is an article name ("al-Sarraj", "El-Sisi"). */
export function isArticleWord(w: Word): boolean {
  const c = w.key.charCodeAt(0);
  return (c === 97 || c === 101) && w.key.charCodeAt(2) === 45 && ARTICLE_WORD.test(w.text);
}

/**
 * Whether word `i` opens such a name: `ordinary(key)` says a word is an English word and no person's name.
 * The article word must follow it directly.
 */
export function opensArticleName(lex: PersonLexicon, text: string, words: readonly Word[], i: number, limit: number, ordinary: (lower: string) => boolean): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (next === undefined || i + 1 >= limit || !w.capitalized || w.allCaps || !isArticleWord(next) || !adjacent(text, w, next)) return false;
  if (!isNameWord(lex, w) || isArticleWord(w) || lex.placeHeads.has(w.key) || lex.groupHeads.has(w.key)) return false;
  // Right after a group's or a place's head-word the words go on with its name ("Kataib X al-Y", "Bab X al-Y").
  const before = i > 0 ? words[i - 1]! : undefined;
  if (before !== undefined && adjacent(text, before, w) && (lex.groupHeads.has(before.key) || lex.placeHeads.has(before.key))) return false;
  if (lex.firstNames.has(w.key) || isServantOfName(w)) return true;
  // An unlisted first word needs a family name that is no English word: "X al-Arab", "X al-Sham" name places and
  // groups by a word after the article.
  return !ordinary(w.text.toLowerCase()) && !ordinary(next.key.slice(3));
}
