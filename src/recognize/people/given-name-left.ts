import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import { loadCommonWords } from '../../gazetteer/load.js';
import type { PersonLexicon } from './lexicon.js';
import { isNameWord } from './name-shape.js';

/** Given names of no list that may stand before a known one ("Gholam Ali …", "Posada Luis …"). */
const MAX_EXTRA_WORDS = 2;

/**
 * Where a personal name read from a known given name at `i` really starts: wire news gives people of every
 * language, and the name lists know "Ali" or "Charles" but not every given name before them ("Zalmay",
 * "Gholam"). A capitalized word right before, of a name's shape, that is no ordinary English word, no title
 * or organization word, and that no other recognizer claims (a town, a demonym), belongs to the name.
 * The extra words must open their run of capitalized words. `floor` is the first word the name may take (the sentence's first, or the end of the person before).
 */
export function givenNameStart(lex: PersonLexicon, text: string, words: readonly Word[], i: number, floor: number, claimed: (k: number) => boolean): number {
  const common = loadCommonWords();
  let first = i;
  while (first > floor && i - first < MAX_EXTRA_WORDS) {
    const w = words[first - 1]!;
    if (!w.capitalized || !adjacent(text, w, words[first]!) || !isNameWord(lex, w) || claimed(first - 1)) break;
    if (common.words.has(w.text.toLowerCase()) && !common.personNames.has(w.text.toLowerCase())) break;
    first--;
  }
  // The extra words open their run of capitalized words: after another capitalized word they are more likely
  // the end of an office the lexicon lacks ("… Administration Councilmember X Y", "Ukrainian Ombudsperson X Y").
  if (first < i && first > 0) {
    const before = words[first - 1]!;
    if (before.capitalized && !before.punct && before.sentence === words[first]!.sentence) return i;
  }
  return first;
}
