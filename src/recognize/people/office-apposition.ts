import type { Word } from '../../model/words.js';
import type { PersonLexicon } from './lexicon.js';
import { mapPacked } from '../../model/packed-list.js';

/**
 * Wire news names an office first and the holder after a comma: "the new ambassador to Freedonia, Tomas
 * Orvel, said …", "the two prime ministers, Anton Vesk and Lida Marn, agreed …". The names are often no list's
 * (given names of every language), so the office before the comma is what says they are people's.
 *
 * The office: a title of the person lexicon (singular or plural: "prime ministers") ending at most
 * MAX_TAIL words before the comma, the words between being its complement ("to Freedonia", "of the
 * party", "'s"): function words of a complement, possessives and capitalized words only, so a clause
 * ("… the minister said, Anton …") never reaches the comma.
 */
const MAX_TAIL = 4;
const TAIL_WORDS: ReadonlySet<string> = new Set(['of', 'to', 'for', 'the', 'in', 'at', 'on']);
/** Words back from the comma where the title may start (a title has at most three words). */
const MAX_BACK = MAX_TAIL + 3;

/** A title of the lexicon ends before the comma at `comma`, with only a complement between. */
export function officeBeforeComma(lex: PersonLexicon, words: readonly Word[], comma: number, sentenceStart: number): boolean {
  // The complement, walked back from the comma: where a title may end.
  for (let k = comma - 1; k >= sentenceStart && comma - k <= MAX_BACK; k--) {
    const w = words[k]!;
    if (endsTitle(lex, words, k, sentenceStart)) return true;
    if (comma - k > MAX_TAIL) return false;
    if (w.possessive || w.capitalized || TAIL_WORDS.has(w.key)) continue;
    return false;
  }
  return false;
}

/** A title of the lexicon (or its plural) ends at word `k`. */
function endsTitle(lex: PersonLexicon, words: readonly Word[], k: number, sentenceStart: number): boolean {
  const last = words[k]!;
  if (last.punct) return false;
  const singular = last.key.length > 3 && last.key.endsWith('s') ? last.key.slice(0, -1) : undefined;
  for (let first = k; first >= sentenceStart && k - first < 3; first--) {
    // A lower-case title of the capital-only kind ("general") says nothing; the lexicon flags those.
    const accept = (v: { capitalOnly: boolean }): boolean => !v.capitalOnly || words[first]!.capitalized;
    const m = lex.titles.match(words, first, k + 1, accept);
    if (m && first + m.length === k + 1) return true;
    if (singular) {
      const keyed = mapPacked(words.slice(first, k + 1), (w, j) => (first + j === k ? { key: singular } : w));
      const p = lex.titles.match(keyed, 0, keyed.length, accept);
      if (p && p.length === keyed.length) return true;
    }
  }
  return false;
}

/** What the name list after the office needs from the recognizer. */
export interface ApposedNamesContext {
  lex: PersonLexicon;
  words: readonly Word[];
  limit: number;
  /** End of the personal name read from word k (k itself when none), stopping at words others claim. */
  nameEndAt: (k: number) => number;
  /** The words [first, end) look like a personal name no list knows. */
  looksLikeName: (first: number, end: number) => boolean;
}

/**
 * The names of two or more words after the office's comma, "A B" or "A B and C D", each [first, end); empty
 * unless the list closes the apposition (a comma, a full stop, a bracket or the sentence's end follows).
 */
export function apposedNames(c: ApposedNamesContext, i: number): [number, number][] {
  const found: [number, number][] = [];
  for (let k = i; ; ) {
    const end = c.nameEndAt(k);
    if (end - k < 2 || !c.looksLikeName(k, end)) return [];
    found.push([k, end]);
    const next = c.words[end];
    if (end >= c.limit || !next || next.text === ',' || next.text === '.' || next.text === ')') return found;
    if ((next.key !== 'and' && next.key !== 'or') || end + 1 >= c.limit || !c.words[end + 1]!.capitalized) return [];
    k = end + 1;
  }
}
