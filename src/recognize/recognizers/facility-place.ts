import type { Mention } from '../../model/document.js';
import { checkOptionKeys, optionNumber } from '../../stage/options.js';
import { BREAK_BEFORE, CAP, DIGIT, POSSESSIVE_TOKEN, UPPER, docWords, type WordTokens } from '../../gazetteer/scan.js';
import type { RecognizerFactory } from '../recognizer.js';
import { MentionRecord } from '../../model/records.js';
import { functionWords } from '../lexical/function-words.js';
import { foldKey } from '../../model/words.js';
import { COVERED, COVERED_BY_PLACE, SURE_CONFIDENCE, wordCover } from '../word-owners.js';

/**
 * Named facilities, waters and axes: a capitalized name followed by a capitalized head noun ("Vuhledar Power
 * Plant", "Inhulets River", "Antonivsky Road Bridge", "Arabat Spit", "Southern Axis"). The annotation
 * guidelines make a named facility a place, the head inside its span; the name alone may be a town's ("Vuhledar")
 * or unknown ("Inhulets"), which is why the head, not a list, says what it is.
 */
/**
 * Works and sites named like a plant ("X Oil Refinery", "X Coal Mine", "X Island", "X Port"): a name a list
 * holds whole under one of these heads ("Snake Island") keeps the list's record.
 */
const LIST_FIRST_HEADS: ReadonlySet<string> = new Set(['refinery', 'factory', 'mine', 'island', 'islands', 'port']);
const FINAL_HEADS: ReadonlySet<string> = new Set([
  'river', 'reservoir', 'spit', 'bridge', 'dam', 'plant', 'airfield', 'airport', 'airbase', 'canal', 'axis',
  ...LIST_FIRST_HEADS,
]);
/**
 * Natural features of wire news ("the Qarvan Valley", "the Tolmek Glacier", "the Temple Mount"): the head says
 * place. A listed name of the same span ("Black Sea") keeps its record; a listed name running on into a lower-case
 * word ("the Kerch Strait bridge") gives way: the guidelines name the strait, the bridge is no name.
 */
const NATURAL_HEADS: ReadonlySet<string> = new Set(['valley', 'glacier', 'peninsula', 'desert', 'mountains', 'mount', 'lake', 'sea', 'ocean', 'gulf', 'strait', 'bay']);
/** Sites of wire news named by their kind ("the Orvask Mosque", "Liberty Square", "the Rose Garden"). "Zone" is left out: on ISW dev it named a proposed zone ("a … Protection Zone") that the gold leaves unannotated. */
const SITE_HEADS: ReadonlySet<string> = new Set(['mosque', 'square', 'garden']);
for (const h of SITE_HEADS) (FINAL_HEADS as Set<string>).add(h);
for (const h of NATURAL_HEADS) (FINAL_HEADS as Set<string>).add(h);
/** Heads written before the name: military posts ("Fort X", "Camp X"). */
const LEADING_HEADS: ReadonlySet<string> = new Set(['fort', 'camp']);
/** Capitalized words between the name and the final head ("Power", "Railway"), part of the head. */
const HEAD_QUALIFIERS: ReadonlySet<string> = new Set([
  'power', 'nuclear', 'thermal', 'hydroelectric', 'road', 'railway', 'rail', 'steel', 'chemical', 'state',
  'metallurgical', 'international', 'pedestrian', 'automobile', 'military',
]);
/** "Air Base": a final head only after "Air". */
const AIR_BASE = ['air', 'base'] as const;

const MAX_NAME_WORDS = 3;
/** Above a bare town's name (50), so "Vuhledar Power Plant" beats "Vuhledar"; below curated names (60). */
const PRIORITY_FACILITY = 55;

export const facilityPlaceRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, 'facility-place', ['confidence']);
  const confidence = optionNumber(options, 'confidence', 'facility-place', 0.75, [0, 1]);
  const fn = new Set([...functionWords()].map(foldKey));
  return {
    name: 'facility-place',
    recognize(doc, candidates) {
      const words = docWords(doc);
      // Which words other recognizers own, and where demonyms start: asked only once a head is found.
      let covered: Uint8Array | undefined;
      let demonymAt: Set<number> | undefined;
      const out: Mention[] = [];
      for (let h = 0; h + 1 < words.count; h++) {
        // "Fort Belmond", "Camp Arlow": a military post named after its leading head, the name one or two
        // capitalized words after it (a name a list holds whole keeps the list's record).
        // The case flags first: a bit test spares most words the set look-up (and the read of their folded string).
        if (!(words.flags[h]! & CAP) || words.flags[h]! & UPPER || !LEADING_HEADS.has(words.folded[h]!)) continue;
        covered ??= wordCover(doc, words, candidates).covered;
        demonymAt ??= demonymStarts(candidates);
        let end = h + 1;
        while (end < words.count && end - h <= 2 && !(words.flags[end]! & BREAK_BEFORE) && isNameWord(words, end, fn, demonymAt, covered)) end++;
        if (end === h + 1) continue;
        const start = words.start[h]!;
        const stop = words.end[end - 1]!;
        if (namedWhole(candidates, start, stop)) continue;
        const m = new MentionRecord(start, stop, doc.text.slice(start, stop), 'Place', 'name', 'facility-place', PRIORITY_FACILITY, confidence);
        m.placeKind = 'Place';
        out.push(m);
        h = end - 1;
      }
      for (let h = 1; h < words.count; h++) {
        const headFirst = headStart(words, h);
        if (headFirst < 0) continue;
        covered ??= wordCover(doc, words, candidates).covered;
        demonymAt ??= demonymStarts(candidates);
        // The name: up to three capitalized words right before the head, in one run (no comma, no bracket),
        // neither function words ("The"), demonyms, nor words of a person's, unit's or organization's name.
        let first = headFirst;
        while (first > 0 && headFirst - first < MAX_NAME_WORDS && isNameWord(words, first - 1, fn, demonymAt, covered) && !(words.flags[first]! & BREAK_BEFORE)) first--;
        if (first === headFirst) continue;
        const start = words.start[first]!;
        const stop = words.end[h]!;
        // A list already names the whole span ("Snake Island", a region with its record): leave it that name.
        if (LIST_FIRST_HEADS.has(words.folded[h]!) && namedWhole(candidates, start, stop)) continue;
        if ((NATURAL_HEADS.has(words.folded[h]!) || SITE_HEADS.has(words.folded[h]!)) && namedWhole(candidates, start, stop)) continue;
        const m = new MentionRecord(start, stop, doc.text.slice(start, stop), 'Place', 'name', 'facility-place', PRIORITY_FACILITY, confidence);
        m.placeKind = 'Place';
        out.push(m);
      }
      return out;
    },
  };
};

/** Index of the head's first word when word h ends a facility head ("Power Plant" → "Power"), else -1. */
function headStart(words: WordTokens, h: number): number {
  const f = words.flags[h]!;
  if (!(f & CAP) || f & (UPPER | DIGIT) || f & BREAK_BEFORE) return -1;
  const w = words.folded[h]!;
  let k: number;
  if (FINAL_HEADS.has(w)) k = h;
  else if (w === AIR_BASE[1] && words.folded[h - 1] === AIR_BASE[0] && words.flags[h - 1]! & CAP && !(words.flags[h - 1]! & BREAK_BEFORE)) k = h - 1;
  else return -1;
  while (k > 0 && !(words.flags[k]! & BREAK_BEFORE) && words.flags[k - 1]! & CAP && HEAD_QUALIFIERS.has(words.folded[k - 1]!)) k--;
  return k;
}

function isNameWord(words: WordTokens, w: number, fn: ReadonlySet<string>, demonymAt: ReadonlySet<number>, covered: Uint8Array): boolean {
  const f = words.flags[w]!;
  if (!(f & CAP) || f & (DIGIT | POSSESSIVE_TOKEN) || fn.has(words.folded[w]!) || demonymAt.has(words.start[w]!)) return false;
  // A word another recognizer claimed for something other than a place ends the name.
  return !(covered[w]! & COVERED) || (covered[w]! & COVERED_BY_PLACE) !== 0;
}

/**
 * Offsets where a demonym candidate starts ("the Ukrainian Dnipro River": "Ukrainian" is not part of the name);
 * looked up by a word's start only for the few words before a head, not mapped over every word of the document.
 */
function demonymStarts(candidates: readonly Mention[]): Set<number> {
  const starts = new Set<number>();
  for (const m of candidates) if (m.form === 'demonym') starts.add(m.start);
  return starts;
}

/**
 * Some place candidate has exactly this span, sure enough to be kept. Asked only where a facility head was found
 * (rare). A listed name below the stage's threshold is dropped later ("Java Island", doubted because its first
 * word is an English word): the capitalized head makes it a name, so this recognizer proposes it instead.
 */
function namedWhole(candidates: readonly Mention[], start: number, end: number): boolean {
  for (const m of candidates) if (m.start === start && m.end === end && m.type === 'Place' && m.form === 'name' && m.confidence >= SURE_CONFIDENCE) return true;
  return false;
}
