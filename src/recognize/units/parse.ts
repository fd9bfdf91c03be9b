import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import type { UnitLexicon, UnitPart } from './lexicon.js';
import type { PhraseMatch } from '../lexical/phrase-table.js';
import { ordinalOf } from './ordinal.js';

/** A unit name found by the grammar, as a word range. */
export interface ParsedUnit {
  /** Word indices [first, end). */
  first: number;
  end: number;
  canonical: string;
  /** Some part was an abbreviation ("51st CAA"). */
  acronym: boolean;
  confidence: number;
  /** The echelon it ends with (normalized), to check that a bracketed abbreviation fits it. */
  echelon: string;
}

export interface UnitGrammar {
  lexicon: UnitLexicon;
  spelledOrdinals: ReadonlyMap<string, number>;
  functionWords: ReadonlySet<string>;
}

/** Unknown capitalized words allowed inside an ordinal unit name ("47th Magura Brigade"). */
const MAX_UNKNOWN = 2;
/** Name words allowed in front of a named echelon ("Black Sea Fleet"). */
const MAX_NAME_WORDS = 3;
const LOWER_CASE_NAMED = 0.6;

/** Matches a unit-lexicon phrase at `i`: abbreviations need their exact spelling, and — unless the
 *  name started with an ordinal — every word needs a capital (so "the army" is not a unit). */
export function matchPart(
  g: UnitGrammar,
  words: readonly Word[],
  i: number,
  limit: number,
  allowLowerCase: boolean,
): PhraseMatch<UnitPart> | undefined {
  if (!g.lexicon.phrases.starts(words[i]!.key)) return undefined;
  return g.lexicon.phrases.match(words, i, limit, (part, first, end) => {
    if (part.exact !== undefined) return end - first === 1 && words[first]!.text.replace(/\.$/, '') === part.exact.replace(/\.$/, '');
    if (allowLowerCase) return true;
    for (let k = first; k < end; k++) {
      const w = words[k]!;
      if (!w.capitalized && w.key !== 'of' && w.key !== "'s") return false;
    }
    return true;
  });
}

/**
 * Ordinal + modifiers/qualifiers/types/unknown capitalized words + echelon, starting at `i`:
 * "51st Guards Combined Arms Army", "2nd Gds MRD", "1st Donetsk People's Republic Army Corps".
 */
export function parseOrdinalUnit(g: UnitGrammar, text: string, words: readonly Word[], i: number, limit: number): ParsedUnit | undefined {
  const ordinal = ordinalOf(words[i]!.text, words[i]!.key, g.spelledOrdinals);
  if (!ordinal) return undefined;
  const names: string[] = [ordinal];
  let acronym = false;
  let known = 0;
  let unknown = 0;
  let lowerCase = false;
  for (let j = i + 1; j < limit && adjacent(text, words[j - 1]!, words[j]!); ) {
    const m = matchPart(g, words, j, limit, true);
    if (m) {
      const part = m.value;
      names.push(part.canonical);
      if (part.abbreviation) acronym = true;
      if (!words[j]!.capitalized) lowerCase = true;
      j += m.length;
      if (part.role === 'echelon') {
        const base = known > 0 ? 0.95 : unknown > 0 ? 0.75 : 0.85;
        return { first: i, end: j, canonical: names.join(' '), acronym, confidence: lowerCase ? Math.min(base, 0.7) : base, echelon: echelonOf(part) };
      }
      known++;
      continue;
    }
    const w = words[j]!;
    if (unknown >= MAX_UNKNOWN || !isNameWord(g, w)) return undefined;
    names.push(w.text);
    unknown++;
    j++;
  }
  return undefined;
}

/**
 * A proper name in front of an echelon that takes one, without an ordinal: "Black Sea Fleet",
 * "Southern Military District". `echelonAt` is where the echelon phrase starts; `stopAt` is the first
 * word the name may not reach back over (a demonym, or the end of an earlier unit).
 */
export function parseNamedUnit(
  g: UnitGrammar,
  text: string,
  words: readonly Word[],
  echelonAt: number,
  echelon: PhraseMatch<UnitPart>,
  stopAt: number,
): ParsedUnit | undefined {
  const part = echelon.value;
  if (part.role !== 'echelon' || !part.named || part.abbreviation) return undefined;
  let first = echelonAt;
  while (first - 1 >= stopAt && echelonAt - first < MAX_NAME_WORDS) {
    const w = words[first - 1]!;
    if (!adjacent(text, w, words[first]!) || !isNameWord(g, w) || OFFICE_BEFORE_NAME.has(w.key) || ordinalOf(w.text, w.key, g.spelledOrdinals)) break;
    first--;
  }
  // "the western grouping of forces": groupings are named by their direction, written in lower case too.
  const compass = first === echelonAt && part.compassName && echelonAt - 1 >= stopAt && COMPASS.has(words[echelonAt - 1]!.key) && adjacent(text, words[echelonAt - 1]!, words[echelonAt]!);
  if (compass) first--;
  if (first === echelonAt) return undefined;
  // "76 Air Assault Division", "7thAir Assault Division": before an echelon named only when capitalized, type words
  // alone make a numbered unit whose number is missing or misspelled, not a name. (Before the other echelons the
  // quoted-unit recognizer builds on such spans: "“X” Volunteer Battalion".)
  let proper = !part.capitalOnly;
  for (let k = first; k < echelonAt && !proper; ) {
    const part = matchPart(g, words, k, echelonAt, true);
    if (part) k += part.length;
    else proper = true;
  }
  if (!proper) return undefined;
  const lowerCase = !words[echelonAt]!.capitalized;
  if (lowerCase && part.capitalOnly) return undefined;
  // "Two battalions …": a lower-case echelon after a sentence's first word is a count, not a name.
  if (lowerCase && (first === 0 || words[first - 1]!.sentence !== words[first]!.sentence)) return undefined;
  const end = echelonAt + echelon.length;
  const name = words.slice(first, echelonAt).map((w) => (compass ? w.text[0]!.toUpperCase() + w.text.slice(1) : w.text));
  // "the Azov battalion": a lower-case echelon is weaker evidence that the name before it is a unit's.
  const confidence = lowerCase ? Math.min(part.named, LOWER_CASE_NAMED) : part.named;
  return { first, end, canonical: [...name, part.canonical].join(' '), acronym: false, confidence, echelon: echelonOf(part) };
}

/**
 * Words of an office that open a title before a named unit and are no part of its name: "Deputy Southern Military
 * District commander X" names the district, with X its deputy commander (a miss of batch fresh11, where the unit took
 * "Deputy" and the title rule read a leader of it).
 */
const OFFICE_BEFORE_NAME: ReadonlySet<string> = new Set(['deputy', 'acting', 'former', 'interim']);

/** Compass adjectives that name a grouping of forces in lower case ("the central group of forces"). */
const COMPASS: ReadonlySet<string> = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);

/** "Russian-backed", "Kremlin-affiliated": a hyphenated word ending in a lower-case part is an adjective. */
const LOWER_CASE_TAIL = /[-‑]\p{Ll}+$/u;

/** A capitalized word that can be part of a unit's proper name (not a function word or an adjective). */
export function isUnitNameWord(g: UnitGrammar, w: Word): boolean {
  return isNameWord(g, w);
}

function isNameWord(g: UnitGrammar, w: Word): boolean {
  return w.capitalized && !w.punct && !w.possessive && !g.functionWords.has(w.key) && !LOWER_CASE_TAIL.test(w.text);
}

function echelonOf(part: UnitPart): string {
  return part.canonical.split(' ').pop()!;
}
