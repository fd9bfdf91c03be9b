import type { Mention } from '../../model/document.js';
import { MentionRecord } from '../../model/records.js';
import { checkOptionKeys } from '../../stage/options.js';
import { loadCommonWords } from '../../gazetteer/load.js';
import { BREAK_BEFORE, CAP, DIGIT, POSSESSIVE_TOKEN, UPPER, docWords, type WordTokens } from '../../gazetteer/scan.js';
import { ruleData } from '../lexical/rule-data.js';
import type { RecognizerFactory } from '../recognizer.js';
import { NO_OWNER, isPlaceName, wordCover } from '../word-owners.js';
import { AFTER_DESIGNATORS, DISTANCE_AFTER, OF_HEADS, hasToponymEnding } from './context-place.js';
import { STRONG_PLACE_CUES } from './place-cue-words.js';
import { LEADING_PARTICLES } from '../../gazetteer/words.js';

/**
 * Above the gazetteer's places (50), whose single-word match inside the longer name it replaces ("Velyka"
 * + "Komyshuvakha"), and below the curated lists (60): a listed organization or unit keeps its name.
 */
export const PRIORITY_QUALIFIED_PLACE = 55;

interface Qualifiers {
  before: string[];
  beforeArabic: string[];
  /** Titles of people too ("Sheikh"): a place only with one of `districtDesignators` after the name. */
  beforeArabicDesignated: string[];
  districtDesignators: string[];
  after: string[];
}

/**
 * "the Sheikh X district": the designator says place whatever the title says, so the name beats the person
 * recognizer's "X" (priority 60) and stays below the curated lists' organizations and units.
 */
const PRIORITY_DESIGNATED_DISTRICT = 62;

/** A head known as a place (gazetteer or context), one shaped like a Ukrainian/Russian toponym, any other. */
const KNOWN_HEAD = 0.75;
const TOPONYM_HEAD = 0.6;
/** Below the recognize stage's default threshold: kept only when a list of places vouches for it (list-place). */
const BARE_HEAD = 0.45;
/**
 * A place cue right before the qualifier ("near Mali X", "captured Nova X", "to Bila X"): the qualifier and
 * the cue together say settlement, whatever the head word, and whatever the qualifier alone names (the
 * country Mali, a village Bila).
 */
const CUED = TOPONYM_HEAD;

const NAME_WORD_EXCLUDED = UPPER | DIGIT | POSSESSIVE_TOKEN;

/**
 * Two-word settlement names: a capitalized name with a qualifier of Ukrainian and Russian toponyms before it
 * ("Velyka", "Nova", "Verkhnii", "Bolshaya": great, new, upper …) or an ordinal after it ("Druha", "Persha":
 * second, first), from `gazetteers/rules/toponym-qualifiers.json`. GeoNames lists many such villages
 * under their head name alone or not at all, so the gazetteer finds "Komyshuvakha" in "Velyka
 * Komyshuvakha" (another village) or nothing; this recognizer proposes the whole name, typed Place without
 * a record. A span an earlier recognizer already names whole ("Nova Kakhovka") or that holds a name of
 * another type ("Nova Poshta" the company) is left alone.
 */
export const qualifiedPlaceRecognizer: RecognizerFactory = (options) => {
  checkOptionKeys(options, 'qualified-place', []);
  const table = ruleData<Qualifiers>('toponym-qualifiers.json');
  const before = new Set([...table.before, ...table.beforeArabic]);
  const after = new Set(table.after);
  const designated = new Set(table.beforeArabicDesignated);
  const districtDesignators = new Set(table.districtDesignators);
  const common = loadCommonWords().words;
  const openings = new Uint8Array(PAIRS);
  for (const q of [...before, ...after, ...designated]) openings[pairIndex(q.charCodeAt(0), q.charCodeAt(1))] = 1;
  return {
    name: 'qualified-place',
    recognize(doc, candidates) {
      const words = docWords(doc);
      const out: Mention[] = [];
      // Qualifier words are rare: the owners are worked out only for a document that has one.
      let owner: Int32Array | undefined;
      // Locals: the loop visits every word of the document.
      const { flags, start, end, count } = words;
      const text = doc.text;
      for (let w = 0; w < count; w++) {
        const f = flags[w]!;
        if ((f & (CAP | NAME_WORD_EXCLUDED)) !== CAP) continue;
        // Qualifiers are 3 to 10 letters long (11 characters with an apostrophe) and begin with one of a few
        // letter pairs: most capitalized words are ruled out on the text's characters, without a lookup.
        const s = start[w]!;
        const length = end[w]! - s;
        if (length < 3 || length > 11 || !openings[pairIndex(text.charCodeAt(s), text.charCodeAt(s + 1))]) continue;
        const folded = words.folded[w]!;
        if (designated.has(folded)) {
          const d = designatedDistrict(words, w, districtDesignators, common);
          // A listed place of that name keeps its record ("Sheikh Maqsoud" is curated).
          if (d !== undefined && !candidates.some((m) => m.start === d.start && m.end === d.end && isPlaceName(m))) out.push(placeMention(text, d, PRIORITY_DESIGNATED_DISTRICT));
          continue;
        }
        const isBefore = before.has(folded);
        if (!isBefore && !after.has(folded)) continue;
        owner ??= wordCover(doc, words, candidates).owner;
        const q = isBefore ? qualifierBefore(text, words, w, owner, candidates, common) : qualifierAfter(text, words, w, owner, candidates, common);
        if (q === undefined) continue;
        out.push(placeMention(text, q, PRIORITY_QUALIFIED_PLACE));
      }
      return out;
    },
  };
};

function placeMention(text: string, q: Span, priority: number): Mention {
  const m = new MentionRecord(q.start, q.end, text.slice(q.start, q.end), 'Place', 'name', 'qualified-place', priority, q.confidence);
  m.placeKind = 'Place';
  return m;
}

/** Longest name after "Sheikh", in words ("Sheikh Khodr", "Sheikh Said al-Kabir"). */
const MAX_DISTRICT_NAME_WORDS = 3;

/**
 * "the Sheikh X district", "Sheikh X al-Y neighbourhood": the title, capitalized name words (the article may join
 * them), then a district's or settlement's designator in lower case. Not a common word as the name ("Sheikh Town").
 */
function designatedDistrict(words: WordTokens, w: number, designators: ReadonlySet<string>, common: ReadonlySet<string>): Span | undefined {
  const { flags, folded, count } = words;
  let h = w + 1;
  let names = 0;
  while (h < count && names < MAX_DISTRICT_NAME_WORDS && !(flags[h]! & BREAK_BEFORE)) {
    if (LEADING_PARTICLES.has(folded[h]!) && !(flags[h]! & CAP) && h + 1 < count && flags[h + 1]! & CAP && !(flags[h + 1]! & BREAK_BEFORE)) h++;
    if (!(flags[h]! & CAP) || flags[h]! & NAME_WORD_EXCLUDED || common.has(folded[h]!)) break;
    names++;
    h++;
  }
  if (names === 0 || h >= count || flags[h]! & (CAP | BREAK_BEFORE) || !designators.has(folded[h]!)) return undefined;
  return { start: words.start[w]!, end: words.end[h - 1]!, confidence: CUED };
}

/** Letter pairs a-z × a-z, and one slot for anything else. */
const PAIRS = 26 * 26 + 1;

/** The slot of a word's first two characters, case-folded (PAIRS - 1 when either is no ASCII letter). */
function pairIndex(a: number, b: number): number {
  const x = (a | 0x20) - 97;
  const y = (b | 0x20) - 97;
  return x >= 0 && x < 26 && y >= 0 && y < 26 ? x * 26 + y : PAIRS - 1;
}

interface Span {
  start: number;
  end: number;
  confidence: number;
}

/** The qualifier word itself: free, or only a place guessed for it alone ("Velyka" taken for a village). */
function qualifierFree(words: WordTokens, w: number, owner: Int32Array, candidates: readonly Mention[]): boolean {
  const o = owner[w]!;
  if (o === NO_OWNER) return true;
  const m = candidates[o]!;
  return isPlaceName(m) && m.start >= words.start[w]! && m.end <= words.end[w]!;
}

/**
 * A place name that may head a settlement's name: a country, region or administrative area does not
 * ("Nova Scotia", "the Novaya Tuva movement").
 */
function isSettlement(m: Mention): boolean {
  return isPlaceName(m) && (m.placeKind === undefined || m.placeKind === 'City' || m.placeKind === 'Place');
}

/** How sure the head word makes the name: a place candidate on it, a toponym's ending, or neither. */
function headConfidence(m: Mention | undefined, folded: string): number {
  if (m !== undefined) return m.confidence >= 0.5 ? KNOWN_HEAD : TOPONYM_HEAD;
  return hasToponymEnding(folded) ? TOPONYM_HEAD : BARE_HEAD;
}

/** "Velyka Komyshuvakha": qualifier w, then a name word (or a place candidate starting there). */
function qualifierBefore(text: string, words: WordTokens, w: number, owner: Int32Array, candidates: readonly Mention[], common: ReadonlySet<string>): Span | undefined {
  let h = w + 1;
  // The article may join an Arabic qualifier to its name: "Ras al-X", "Jisr ash-X".
  if (h + 1 < words.count && LEADING_PARTICLES.has(words.folded[h]!) && !(words.flags[h]! & (CAP | BREAK_BEFORE))) h++;
  if (h >= words.count || words.flags[h]! & BREAK_BEFORE || !(words.flags[h]! & CAP) || words.flags[h]! & NAME_WORD_EXCLUDED) return undefined;
  if (!qualifierFree(words, w, owner, candidates)) return undefined;
  const o = owner[h]!;
  const head = o === NO_OWNER ? undefined : candidates[o]!;
  if (head !== undefined && (!isSettlement(head) || head.start !== words.start[h]!)) return undefined;
  if (head === undefined && common.has(words.folded[h]!)) return undefined;
  const end = head?.end ?? words.end[h]!;
  return { start: words.start[w]!, end, confidence: cued(text, words, w, end, headConfidence(head, words.folded[h]!)) };
}

/**
 * The confidence raised to CUED when a place cue stands right before word w in the same sentence, or "of"
 * after a place noun or a bearing ("control of Mala X", "the outskirts of Nova X", "west of Velyka X"), or
 * when a designator or a distance follows the name (which ends at offset `end`).
 */
function cued(text: string, words: WordTokens, w: number, end: number, confidence: number): number {
  if (confidence >= CUED) return confidence;
  // After the name: a settlement's designator ("the X Y settlement") or a distance ("X Y (12km west of Z)").
  const rest = text.slice(end, end + 48);
  const next = /^ ([a-z]+)/.exec(rest)?.[1];
  if ((next !== undefined && AFTER_DESIGNATORS.has(next)) || DISTANCE_AFTER.test(rest)) return CUED;
  if (w < 1 || words.flags[w]! & BREAK_BEFORE) return confidence;
  const prev = words.folded[w - 1]!;
  if (prev === 'of') return w >= 2 && !(words.flags[w - 1]! & BREAK_BEFORE) && OF_HEADS.has(words.folded[w - 2]!) ? CUED : confidence;
  return STRONG_PLACE_CUES.has(prev) ? CUED : confidence;
}

/** "Mykolaivka Druha": a name word (or a place candidate ending there), then the ordinal w. */
function qualifierAfter(text: string, words: WordTokens, w: number, owner: Int32Array, candidates: readonly Mention[], common: ReadonlySet<string>): Span | undefined {
  const h = w - 1;
  if (h < 0 || words.flags[w]! & BREAK_BEFORE || !(words.flags[h]! & CAP) || words.flags[h]! & NAME_WORD_EXCLUDED) return undefined;
  if (!qualifierFree(words, w, owner, candidates)) return undefined;
  const o = owner[h]!;
  const head = o === NO_OWNER ? undefined : candidates[o]!;
  if (head !== undefined && (!isSettlement(head) || head.end !== words.end[h]!)) return undefined;
  if (head === undefined && common.has(words.folded[h]!)) return undefined;
  return { start: head?.start ?? words.start[h]!, end: words.end[w]!, confidence: cued(text, words, h, words.end[w]!, headConfidence(head, words.folded[h]!)) };
}
