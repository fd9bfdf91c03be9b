import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import type { PersonLexicon } from './lexicon.js';
import { mapPacked } from '../../model/packed-list.js';

/** Name words allowed in one personal name ("Alexei Vladimirovich Podilov", "Ursula von der Leyen"). */
export const MAX_NAME_WORDS = 5;
/** In a title-case sentence ("Vladimir Putin Meets Envoy") every word is capitalized: names stop at two. */
export const MAX_NAME_WORDS_TITLE_CASE = 2;

const INITIAL = /^\p{Lu}\.$/u;
/** A capital, then letters, apostrophes or hyphens: "Zelensky", "Al-Sharaa", "O'Brien", "Erdoğan". */
const SHAPE = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** A capital right after a lower-case letter ("MoD", "iPhone") marks an acronym or brand, not a name, except in
 *  Mc/Mac/De/La-style surnames. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const SURNAME_PREFIX = /^(Mc|Mac|De|Di|La|Le|Van|Von|Fitz|El)\p{Lu}/u;
/** "al-Assad", "el-Sisi": a lower-case article glued to a capitalized name. */
const ARTICLE_NAME = /^(al|el|ad|ar|as|ash|at|az|an)[-‑]\p{Lu}/u;

/**
 * A word that can be part of a personal name by its shape alone: capitalized (or an initial, or an
 * "al-"-style article name), not a function word, month, title, organization or unit head-word.
 * `blocked` says the word is covered by a candidate of another type (a place, a unit, a demonym).
 */
export function isNameWord(lex: PersonLexicon, w: Word): boolean {
  if (w.punct || w.possessive) return false;
  const shape = nameShape(w.text);
  if (shape !== SHAPE_PLAIN_NAME) return shape === SHAPE_ALWAYS_NAME;
  return !w.allCaps && !lex.functionWords.has(w.key) && !lex.notName.has(w.key);
}

/** What a word's spelling alone says: always a name word (an initial, "al-Assad"), never one, or a plain name shape. */
const SHAPE_ALWAYS_NAME = 1;
const SHAPE_NEVER_NAME = 2;
const SHAPE_PLAIN_NAME = 3;

/** Spelling → shape. The regular expressions cost several times a lookup, and news repeats its names. */
const shapes = new Map<string, number>();
/** Bounded: emptied when full, which only costs testing again. */
const SHAPE_MEMO_LIMIT = 20_000;

function nameShape(text: string): number {
  let shape = shapes.get(text);
  if (shape === undefined) {
    if (INITIAL.test(text) || ARTICLE_NAME.test(text)) shape = SHAPE_ALWAYS_NAME;
    else if (!SHAPE.test(text)) shape = SHAPE_NEVER_NAME;
    else if (INNER_CAPITAL.test(text) && !SURNAME_PREFIX.test(text) && !text.includes('-')) shape = SHAPE_NEVER_NAME;
    else shape = SHAPE_PLAIN_NAME;
    if (shapes.size >= SHAPE_MEMO_LIMIT) shapes.clear();
    shapes.set(text, shape);
  }
  return shape;
}

/**
 * The end (exclusive word index) of the personal name starting at `i`, or `i` when there is none. Name
 * words are adjacent; lower-case particles are allowed between name words but never at the ends; an
 * initial cannot end a name. `blocked(k)` stops the name at a word another recognizer has claimed.
 */
export function nameEnd(
  lex: PersonLexicon,
  text: string,
  words: readonly Word[],
  i: number,
  limit: number,
  blocked: (k: number) => boolean,
  maxWords = MAX_NAME_WORDS,
): number {
  let end = i;
  let count = 0;
  for (let k = i; k < limit && count < maxWords; k++) {
    const w = words[k]!;
    if (k > i && !adjacent(text, words[k - 1]!, w)) break;
    if (blocked(k)) break;
    if (isNameWord(lex, w)) {
      count++;
      end = k + 1;
      continue;
    }
    if (k > i && lex.innerParticles.has(w.key) && !w.capitalized) continue;
    break;
  }
  // Never end on an initial ("Alexander V." is cut back to "Alexander").
  while (end > i && INITIAL.test(words[end - 1]!.text)) end--;
  return end;
}

/** Surname keys a full name is also known by: its last word (with particles before it), and that word
 *  without an article prefix ("Ahmad Al-Sharaa" -> "al-sharaa", "sharaa"; "Ursula von der Leyen" ->
 *  "von der leyen", "leyen" is not used: a particle name keeps its particles). */
export function surnameForms(lex: PersonLexicon, nameWords: readonly Word[]): string[][] {
  if (nameWords.length < 2) return [];
  let first = nameWords.length - 1;
  while (first > 1 && lex.innerParticles.has(nameWords[first - 1]!.key) && !nameWords[first - 1]!.capitalized) first--;
  const surname = mapPacked(nameWords.slice(first), (w) => w.key);
  const forms = [surname];
  // A name of three or more words may end in a two-word surname, used alone later ("Luis Posada Carriles" →
  // "Posada Carriles", Hispanic paternal and maternal surnames; "Gholam Ali Haddad Adel" → "Haddad Adel"),
  // when the word before the last is no given name and no initial. Longer forms are matched first.
  const penultimate = nameWords[nameWords.length - 2]!;
  if (surname.length === 1 && nameWords.length >= 3 && penultimate.capitalized && penultimate.key.length > 2 && !lex.firstNames.has(penultimate.key)) {
    forms.unshift([penultimate.key, surname[0]!]);
  }
  if (surname.length === 1) {
    const prefix = lex.articlePrefixes.find((p) => surname[0]!.startsWith(p));
    if (prefix && surname[0]!.length > prefix.length + 2) forms.push([surname[0]!.slice(prefix.length)]);
  }
  return forms;
}
