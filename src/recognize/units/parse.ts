import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import type { UnitLexicon, UnitPart } from './lexicon.js';
import type { PhraseMatch } from '../lexical/phrase-table.js';
import { ordinalOf } from './ordinal.js';
import { bracketedAcronymAt, qualifiedNameBefore } from './qualified-name.js';

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
      // "its seventh detachment", "the third battalion tactical group": a spelled ordinal and an echelon both in
      // lower case count the force's parts, they name none (2 false units of the ISW dev golds, none right).
      if (part.role === 'echelon' && !words[j]!.capitalized && !words[i]!.capitalized && !startsWithDigit(words[i]!.text)) return undefined;
      j += m.length;
      // "the 100th X People's Republic (XNR) People's Militia": the republic's acronym stays inside the name.
      if (part.role === 'qualifier') j += bracketedAcronymAt(words, j, limit);
      // "the Nth Group of X and Y": a group named by its direction ends no numbered name, whose words go on after it.
      if (part.role === 'echelon' && part.compassOnly) return undefined;
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
  const qualified = qualifiedNameBefore(g, text, words, echelonAt, stopAt);
  if (qualified) return qualifiedUnit(text, words, qualified, echelonAt, echelon);
  let first = echelonAt;
  while (first - 1 >= stopAt && echelonAt - first < MAX_NAME_WORDS) {
    const w = words[first - 1]!;
    if (!adjacent(text, w, words[first]!) || !isNameWord(g, w) || OFFICE_BEFORE_NAME.has(w.key) || ordinalOf(w.text, w.key, g.spelledOrdinals)) break;
    first--;
  }
  // "the XNR Belka Battalion", "the XNR People's Militia": a proxy republic's acronym before a name of its own is the
  // republic's territory, no part of the unit's name (4 spans of the ISW dev golds and domain-dev, none kept it). Before
  // a bare echelon that takes no other name it is the name: "XNR Militia" (1 dev gold span).
  if (first < echelonAt && isQualifierAcronym(g, words, first)) {
    if (echelonAt - first >= 2) first++;
    else if (!part.qualifiedOnly) return undefined;
  }
  if (part.qualifiedOnly && !(echelonAt - first === 1 && isQualifierAcronym(g, words, first))) return undefined;
  if (part.compassOnly && !(echelonAt - first === 1 && COMPASS.has(words[first]!.key))) return undefined;
  // "the western grouping of forces": groupings are named by their direction, written in lower case too.
  const compass = first === echelonAt && part.compassName && echelonAt - 1 >= stopAt && COMPASS.has(words[echelonAt - 1]!.key) && adjacent(text, words[echelonAt - 1]!, words[echelonAt]!);
  if (compass) first--;
  if (first === echelonAt) return undefined;
  // "76 Air Assault Division", "7thAir Assault Division": before an echelon named only when capitalized, type words
  // alone make a numbered unit whose number is missing or misspelled, not a name. (Before the other echelons the
  // quoted-unit recognizer builds on such spans: "“X” Volunteer Battalion".)
  let proper = !part.capitalOnly;
  for (let k = first; k < echelonAt && !proper; ) {
    // A qualifier is a proper name of its own ("XNR People's Militia").
    const part = matchPart(g, words, k, echelonAt, true);
    if (part && part.value.role !== 'qualifier') k += part.length;
    else proper = true;
  }
  if (!proper) return undefined;
  const lowerCase = !words[echelonAt]!.capitalized;
  if (lowerCase && part.capitalOnly) return undefined;
  // "BARS-N detachments", "other XMD detachments", "an XNR battalion": a lower-case echelon after an abbreviation or a
  // code describes what the named formation sends; the code is the unit (or the place), the echelon no part of it
  // (6 spans of the ISW dev golds, none took the echelon).
  if (lowerCase && allCapsFrom(words, first, echelonAt)) return undefined;
  // "Two battalions …": a lower-case echelon after a sentence's first word is a count, not a name.
  if (lowerCase && (first === 0 || words[first - 1]!.sentence !== words[first]!.sentence)) return undefined;
  const end = echelonAt + echelon.length;
  const name = words.slice(first, echelonAt).map((w) => (compass ? w.text[0]!.toUpperCase() + w.text.slice(1) : w.text));
  // "the Azov battalion": a lower-case echelon is weaker evidence that the name before it is a unit's.
  const confidence = lowerCase ? Math.min(part.named, LOWER_CASE_NAMED) : part.named;
  return { first, end, canonical: [...name, part.canonical].join(' '), acronym: false, confidence, echelon: echelonOf(part) };
}

/** The named unit of a qualifier ending right before its echelon ("X People's Republic (XNR) People's Militia"). */
function qualifiedUnit(text: string, words: readonly Word[], q: { first: number; qualifierEnd: number }, echelonAt: number, echelon: PhraseMatch<UnitPart>): ParsedUnit | undefined {
  const part = echelon.value;
  // "many X People's Republic (XNR) battalions": a lower-case echelon after a republic counts its forces.
  if (!words[echelonAt]!.capitalized || part.compassOnly) return undefined;
  const name = text.slice(words[q.first]!.start, words[q.qualifierEnd - 1]!.end);
  return { first: q.first, end: echelonAt + echelon.length, canonical: `${name} ${part.canonical}`, acronym: false, confidence: part.named!, echelon: echelonOf(part) };
}

/** A one-word proxy republic's acronym from the unit tables ("DNR"), as a qualifier of unit names. */
function isQualifierAcronym(g: UnitGrammar, words: readonly Word[], i: number): boolean {
  if (!words[i]!.allCaps) return false;
  const m = matchPart(g, words, i, i + 1, false);
  return m?.value.role === 'qualifier' && m.value.abbreviation === true;
}

/** Every word in [first, end) is an abbreviation or code in capitals ("BARS-16", "XMD"). */
function allCapsFrom(words: readonly Word[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (!words[k]!.allCaps) return false;
  return true;
}

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
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
