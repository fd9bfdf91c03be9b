import type { Doc } from '../model/document.js';
import { MONTHS, NUMBER_WORDS, REFERENCE_WORDS, SEASONS, SET_WORDS, UNITS, VAGUE_COUNTS, WEEKDAYS, PARTS_OF_DAY } from './lexicon.js';
import { LexemeInts } from '../model/lexicon.js';

/**
 * The cheap prefilter: a sentence's words are looked up once in a table of trigger words, and a rule
 * family runs only on sentences that hold one of its trigger classes. Most sentences of news text hold
 * no date at all and cost one map lookup per token.
 */
export const Trigger = {
  digit: 1,
  month: 2,
  weekday: 4,
  season: 8,
  unit: 16,
  relativeDay: 32,
  reference: 64,
  set: 128,
  count: 256,
  time: 512,
  decade: 1024,
  holiday: 2048,
} as const;

export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990,
};

const RELATIVE_DAY_WORDS = ['today', 'yesterday', 'tomorrow', 'tonight', 'midday', 'mid-day', ...Object.keys(PARTS_OF_DAY)];
const SET_TRIGGER_WORDS = ['every', 'each', 'once', 'twice', 'per', ...Object.keys(SET_WORDS)];
/** Distinctive words of the holiday names in `rules/holidays.ts` and `rules/easter.ts` ("New Year's Day" triggers by its unit word). */
const HOLIDAY_WORDS = ['christmas', 'thanksgiving', 'victory', 'easter', 'holy', 'palm', 'good'];
/** "am" alone is mostly the verb; "5am" and "5 a.m." are caught by their digits and dots. */
const TIME_WORDS = ['noon', 'midnight', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'utc', 'gmt'];
const UNIT_WORDS = [...Object.keys(UNITS), 'half', 'fortnight', 'season', 'q1', 'q2', 'q3', 'q4', 'day', 'week', 'weekend'];

function buildTable(): Map<string, number> {
  const table = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const w of words) for (const part of w.split(' ')) table.set(part, (table.get(part) ?? 0) | bit);
  };
  add(Object.keys(MONTHS), Trigger.month);
  add(Object.keys(WEEKDAYS), Trigger.weekday);
  add(Object.keys(SEASONS), Trigger.season);
  add(UNIT_WORDS, Trigger.unit);
  add(RELATIVE_DAY_WORDS, Trigger.relativeDay);
  add(Object.keys(REFERENCE_WORDS).map((w) => w.split(' ').at(-1)!), Trigger.reference);
  add(SET_TRIGGER_WORDS, Trigger.set);
  add([...Object.keys(NUMBER_WORDS), ...VAGUE_COUNTS], Trigger.count);
  add(TIME_WORDS, Trigger.time);
  add(Object.keys(DECADE_WORDS), Trigger.decade);
  add(HOLIDAY_WORDS, Trigger.holiday);
  // Function words from the multi-word tables would make every sentence trigger.
  for (const w of ['a', 'an', 'the', 'at', 'in', 'of', 'more', 'most', 'right', 'these', 'this', 'near', 'coming', 'couple', 'number']) table.delete(w);
  return table;
}

const TABLE = buildTable();

/**
 * The shapes (first letter, last character, length) of the table's words, as `wordTriggers` looks them
 * up: as they are, or with a final dot ("oct."). A word that starts with an ASCII letter, ends with an
 * ASCII character, holds no hyphen and has none of these shapes is in the table under no spelling, so its
 * mask is 0 without hashing it: most words of news text stop here. Sound because lower-casing keeps the
 * length of every word that could be in the table: the table is ASCII (checked here), and the only letter
 * that grows when lower-cased ("İ") turns into non-ASCII text.
 */
const SHAPE_LENGTHS = 32;
const DOT = 46;
const TABLE_SHAPES = buildShapes(TABLE.keys());

function buildShapes(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(26 * 128 * SHAPE_LENGTHS);
  for (const w of words) {
    if (!/^[\x20-\x7e]+$/.test(w)) throw new Error(`trigger word "${w}" is not ASCII`);
    const first = w.charCodeAt(0);
    // Only words starting with a letter are filtered; lower-cased words never match an upper-case entry.
    if (first < 97 || first > 122) continue;
    shapes[shapeIndex(first, w.charCodeAt(w.length - 1), w.length)] = 1;
    shapes[shapeIndex(first, DOT, w.length + 1)] = 1;
  }
  return shapes;
}

/** Words of SHAPE_LENGTHS characters or more share the last length slot. */
function shapeIndex(lowerFirst: number, lowerLast: number, length: number): number {
  return ((lowerFirst - 97) * 128 + lowerLast) * SHAPE_LENGTHS + Math.min(length, SHAPE_LENGTHS - 1);
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** `| 32` lower-cases an ASCII letter. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);

/** Whether the word surely has mask 0: see TABLE_SHAPES. Only called for words of two characters or more. */
function cannotTrigger(word: string): boolean {
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  if (!isAsciiLetter(first) || last >= 128) return false;
  return TABLE_SHAPES[shapeIndex(first | 32, lowerAscii(last), word.length)] === 0 && !word.includes('-');
}

const CLOCK = /^\d{1,2}(?::\d\d|[ap]\.?m\.?$)/i;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Trigger mask of one word (as the tokenizer cut it, or as the fallback word scan cut it). */
export function wordTriggers(word: string): number {
  const c = word.charCodeAt(0);
  // A digit, or an apostrophe and a digit ("'90s").
  if (isDigit(c) || ((c === 39 || c === 0x2019) && isDigit(word.charCodeAt(1)))) return CLOCK.test(word) ? Trigger.digit | Trigger.time : Trigger.digit;
  const lower = word.toLowerCase();
  // "Oct." and "a.m." are in the table with or without their final dot.
  const mask = TABLE.get(lower) ?? (lower.endsWith('.') ? TABLE.get(lower.slice(0, -1)) : undefined);
  if (mask !== undefined) return mask;
  // Hyphenated words ("mid-October", "five-year") and words glued to punctuation.
  if (lower.includes('-')) return lower.split('-').reduce((acc, part) => acc | (part ? wordTriggers(part) : 0), 0);
  return 0;
}

const WORD = /[\p{L}\p{N}'’.:-]+/gu;

/** Masks of one-character ASCII words (punctuation, mostly), computed by `wordTriggers` itself. */
const SINGLE = Uint16Array.from({ length: 128 }, (_, c) => wordTriggers(String.fromCharCode(c)));

/** `wordTriggers` with the cheap answers first: punctuation from a table, most words by their shape. */
function quickWordTriggers(word: string): number {
  if (word.length === 1) {
    const c = word.charCodeAt(0);
    if (c < 128) return SINGLE[c]!;
  } else if (cannotTrigger(word)) return 0;
  return wordTriggers(word);
}

/** Each token's mask, once per word form (see src/model/lexicon.ts). */
const tokenTriggers = new LexemeInts((text) => quickWordTriggers(text));

/** Trigger mask of a text span, from the document's tokens when the tokenizer ran, else from a word scan. */
export function spanTriggers(doc: Doc, start: number, end: number, tokenStart?: number, tokenEnd?: number): number {
  let mask = 0;
  if (tokenStart !== undefined && tokenEnd !== undefined && tokenEnd > tokenStart) {
    for (let i = tokenStart; i < tokenEnd; i++) mask |= tokenTriggers.of(doc.tokens, i);
    return mask;
  }
  const text = doc.text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) mask |= wordTriggers(m[0]);
  return mask;
}
