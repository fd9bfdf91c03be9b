import { isPlaceModifier, isToponymQualifier } from './place-modifiers.js';
import { loadCommonWords } from './load.js';
import type { NameMatch } from './match.js';
import { BREAK_BEFORE, CAP, UPPER, WEAK_CASE, type WordTokens } from './scan.js';
import { isNameSuffix } from './span-rules.js';
import { OFFICES_AFTER_PLACE, PLACE_DESIGNATORS, PLURAL_DESIGNATORS } from './words.js';

/**
 * A place name that is only the end (or the start) of a longer name no list holds: "Zorava Mesa" is not the
 * city of Mesa, "Zorky Yar" not the town of Yar, "Voroshilovgrad Zuvar" not Luhansk (once called Voroshilovgrad).
 * The matcher extends a name only while the index knows a longer one, so the unlisted first word was left
 * out and the last word taken for a listed town, or an old name of a city was taken alone. Such a neighbour
 * is a capitalized word, one space away in the same sentence, that is no ordinary English word, no person's
 * name, no designator and no strong name of its own (a country, a curated record, a town's main name: two
 * towns side by side, "Kupiansk Lyman", stay two). The gazetteer then gives up the match, and the context
 * recognizers (context-place, qualified-place) read the whole run as one place.
 */
export interface NeighbourWords {
  /** Words where a country's or a curated record's name starts. */
  listedStart: WordSet;
  /** Words where such a name or a town's main name ends (one past its last word). */
  strongEnd: WordSet;
}

/** Word indices of a scan (a ReadonlySet<number> or word-marks.ts WordMarks). */
export interface WordSet {
  has(word: number): boolean;
}

/**
 * The capitalized word `w` is no ordinary word, person's name, designator, acronym or settlement qualifier (the
 * qualified-place recognizer and the modifier join of hyphen-compound.ts make "Velyka X", "Ruska X" from the
 * listed X); the names around it are the callers' to check.
 */
function unlistedWord(text: string, words: WordTokens, w: number): boolean {
  const flags = words.flags[w]!;
  if (!(flags & CAP) || flags & (UPPER | WEAK_CASE)) return false;
  const folded = words.folded[w]!;
  // A road's number ("the T1302 Bakhmut-Lysychansk highway") is no name word.
  if (folded.length < 2 || /\d/.test(folded) || isToponymQualifier(folded) || PLACE_DESIGNATORS.has(folded) || PLURAL_DESIGNATORS.has(folded) || OFFICES_AFTER_PLACE.has(folded) || isNameSuffix(folded)) return false;
  if (isPlaceModifier(text.slice(words.start[w]!, words.end[w]!))) return false;
  const { words: common, personNames } = loadCommonWords();
  return !common.has(folded) && !personNames.has(folded);
}

/** Only white space between word `w - 1` and word `w`, and nothing in the scanner breaks there. */
function spaceJoined(text: string, words: WordTokens, w: number): boolean {
  if (w <= 0 || w >= words.count || words.flags[w]! & BREAK_BEFORE || words.flags[w]! & WEAK_CASE) return false;
  const between = text.slice(words.end[w - 1]!, words.start[w]!);
  return between.length > 0 && /^\s+$/.test(between);
}

/** The word before the match is an unlisted name word: the match is the end of a longer name. */
export function unlistedBefore(text: string, words: WordTokens, m: NameMatch, n: NeighbourWords): boolean {
  return spaceJoined(text, words, m.first) && !n.strongEnd.has(m.first) && unlistedWord(text, words, m.first - 1);
}

/** The word after the match is an unlisted name word: an alternate name opening a longer name ("Voroshilovgrad Zuvar"). */
export function unlistedAfter(text: string, words: WordTokens, m: NameMatch, n: NeighbourWords): boolean {
  return spaceJoined(text, words, m.end) && !n.listedStart.has(m.end) && unlistedWord(text, words, m.end);
}
