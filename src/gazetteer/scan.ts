import type { Doc } from '../model/document.js';
import type { TokenTable } from '../model/token-table.js';
import { foldTransliteration, foldWord, POSSESSIVE } from './fold.js';
import { LexemeMemo } from '../model/lexicon.js';
import { mapPacked } from '../model/packed-list.js';

/**
 * A fast word scanner made for name matching: one pass over the characters, no regular expression per
 * token. It keeps what the matcher needs and nothing else: folded words, their offsets, their case, and
 * whether a name may continue from the previous word (spaces, hyphens and the period of a short
 * abbreviation like "St." join; commas, brackets, quotes and blank lines break).
 *
 * The gazetteer builder folds names with the same scanner, so a name and the text agree on word
 * boundaries ("Ivano-Frankivsk" = "Ivano Frankivsk", "People’s" = "People" + "'s").
 */

/** First letter is upper case. */
export const CAP = 1;
/** Every letter is upper case (and there are at least two): acronyms, shouted headlines. */
export const UPPER = 2;
/** A name cannot run from the previous word into this one. */
export const BREAK_BEFORE = 4;
/** First word of a sentence: its capital letter says nothing. */
export const SENTENCE_START = 8;
/** The possessive clitic "'s": never inside a place span, never starts one. */
export const POSSESSIVE_TOKEN = 16;
/** Capitalization is weak evidence here: headline lines, after an opening quote, bracket or colon. */
export const WEAK_CASE = 32;
/** Starts with a digit. */
export const DIGIT = 64;

export interface WordTokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  folded: string[];
  flags: Uint8Array;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Whether the character at `i` (code `c`) belongs to a word; the character string is made only for non-ASCII. */
function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c === 0x2bc || c === 0x2bb || c === 0x2b9) return false; // modifier-letter apostrophes
  return c >= 0xc0 && LETTER_OR_MARK.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2bb || c === 0x2b9 || c === 96 || c === 0xb4;
}

/** Hyphens and dashes join the words of a name ("Ivano-Frankivsk", "Rostov-on-Don"). */
function isDash(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Characters after which a capital letter is weak evidence (quoted speech, lists, brackets). */
function isWeakener(c: number): boolean {
  return c === 34 || c === 0x201c || c === 40 || c === 58 || c === 91 || c === 0xab;
}

function caseFlags(text: string, s: number, e: number): number {
  const first = text.charCodeAt(s);
  let flags = 0;
  if (first >= 48 && first <= 57) return DIGIT;
  const ch = text[s]!;
  if ((first >= 65 && first <= 90) || (first > 127 && ch !== ch.toLowerCase())) flags |= CAP;
  if (flags & CAP && e - s >= 2) {
    const raw = text.slice(s, e);
    if (raw === raw.toUpperCase()) flags |= UPPER;
  }
  return flags;
}

/**
 * Scans `text` into words. `sentenceStarts` (sorted offsets) marks sentence-initial words; without it a
 * simple rule is used (start of text, after ". ", "! ", "? " or a blank line). `weakSpans` are spans
 * (headlines) whose capitals carry no evidence. `tokens`, the tokenizer's tokens of the same text, only
 * make folding faster: words are the same with or without them.
 */
export function scanWords(text: string, sentenceStarts?: readonly number[], weakSpans?: readonly { start: number; end: number }[], tokens?: TokenTable): WordTokens {
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  // The three columns share one buffer: one allocation outside the JS heap per document, not three.
  let buffer = new ArrayBuffer(cap * 9);
  let start = new Int32Array(buffer, 0, cap);
  let end = new Int32Array(buffer, cap * 4, cap);
  let flags = new Uint8Array(buffer, cap * 8, cap);
  // Folded words go into the reused list `foldedScratch`; the result gets an exact-size copy.
  const folded = foldedScratch;
  let count = 0;

  const push = (s: number, e: number, f: number, word: string): void => {
    if (count === cap) {
      cap *= 2;
      buffer = new ArrayBuffer(cap * 9);
      const ns = new Int32Array(buffer, 0, cap), ne = new Int32Array(buffer, cap * 4, cap), nf = new Uint8Array(buffer, cap * 8, cap);
      ns.set(start); ne.set(end); nf.set(flags);
      start = ns; end = ne; flags = nf;
    }
    start[count] = s;
    end[count] = e;
    flags[count] = f;
    folded[count] = word;
    count++;
  };

  let t = 0;
  // Folded words by word form (foldedForms), read from the memo's slots without a call (`of` was not inlined here).
  const knownFolded = tokens ? foldedForms.known(tokens) : undefined;
  let hard = true;
  let weak = false;
  let newlines = 0;
  let periods = 0;
  let prevLen = 0;
  let sentenceEnd = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c, text, i)) {
      if (c === 10) newlines++;
      else if (c === 46) periods++;
      else if (c === 33 || c === 63) { hard = true; sentenceEnd = true; }
      else if (isWeakener(c)) { hard = true; weak = true; }
      else if (!isSpace(c) && !isDash(c) && !isApostrophe(c)) hard = true;
      i++;
      continue;
    }
    // A word: letters, digits, marks, and apostrophes between letters (not the possessive "'s").
    const s = i;
    // Plain ASCII words (most of them) are folded and cased without a second look at their characters.
    let plain = true;
    let upper = c >= 65 && c <= 90 ? 1 : 0;
    let lower = c >= 97 && c <= 122 ? 1 : 0;
    if (c > 127) plain = false;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (d >= 97 && d <= 122) { lower++; i++; continue; }
        if (d >= 65 && d <= 90) { upper++; i++; continue; }
        if (d >= 48 && d <= 57) { i++; continue; }
      } else if (isWordCode(d, text, i)) { plain = false; i++; continue; }
      if (isApostrophe(d) && i + 1 < n && isWordCode(text.charCodeAt(i + 1), text, i + 1)) {
        const after = text.charCodeAt(i + 1);
        const isPossessive = (after === 115 || after === 83) && (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2), text, i + 2));
        if (isPossessive) break;
        plain = false;
        i++;
        continue;
      }
      break;
    }
    const e = i;
    if (periods > 0 && (periods > 1 || prevLen > 3)) { hard = true; sentenceEnd = true; }
    if (newlines >= 2) { hard = true; sentenceEnd = true; }
    // A word that is exactly one of the tokenizer's tokens (most are) takes its form's folded word.
    let word: string | undefined;
    if (tokens) {
      while (t < tokens.length && tokens.start[t]! < s) t++;
      if (t < tokens.length && tokens.start[t] === s && tokens.end[t] === e) {
        const id = tokens.lexeme[t]!;
        word = (id >= 0 ? knownFolded?.get(id) : undefined) ?? foldedForms.of(tokens, t);
      }
    }
    let f: number;
    if (plain) {
      f = c >= 48 && c <= 57 ? DIGIT : (c >= 65 && c <= 90 ? CAP : 0) | (upper >= 2 && lower === 0 ? UPPER : 0);
      word ??= foldTransliteration(upper === 0 ? text.slice(s, e) : text.slice(s, e).toLowerCase());
    } else {
      f = caseFlags(text, s, e);
      word ??= foldWord(text.slice(s, e));
    }
    if (hard) f |= BREAK_BEFORE;
    if (weak) f |= WEAK_CASE;
    if (sentenceEnd && !sentenceStarts) f |= SENTENCE_START;
    push(s, e, f, word);
    prevLen = e - s;
    hard = false; weak = false; newlines = 0; periods = 0; sentenceEnd = false;
    // The possessive clitic is its own token, and nothing continues through it except names that hold it.
    const d = i < n ? text.charCodeAt(i) : 0;
    if (isApostrophe(d) && i + 1 < n && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) &&
        (i + 2 >= n || !isWordCode(text.charCodeAt(i + 2), text, i + 2))) {
      push(i, i + 2, POSSESSIVE_TOKEN, POSSESSIVE);
      i += 2;
    }
  }
  if (sentenceStarts) markSentenceStarts(start, flags, count, sentenceStarts);
  if (weakSpans && weakSpans.length > 0) markWeakSpans(start, flags, count, weakSpans);
  const words = folded.slice(0, count);
  if (folded.length > KEEP_WORDS) folded.length = 0;
  return { count, start, end, folded: words, flags };
}

/**
 * Folded words by word form (see src/model/lexicon.ts): a plain word's fold is its lower case, so it is the same
 * function as the scan's own; computed once per form, and the same string for every occurrence, so the matcher's
 * look-ups by folded word find its hash cached. A memo of strings of its own: kept in the word view's shape records
 * (words.ts), each token's fold cost a read of its form's record, a cache miss per token (the hottest line of
 * scanWords, 0.8% of a warm pipeline's CPU profile over the 294 ISW reports, 9e42833), where the slot list alone
 * is read here and the folded string is read only for the words the matcher looks up. scanWords 3.1% → 2.4% of that
 * profile (branch speed13; docs/speed-history.md).
 */
const foldedForms = new LexemeMemo((text) => foldWord(text));

/**
 * The folded words of the text being scanned, in a list reused from scan to scan: a new list per document,
 * grown by push, left ~10 MB of garbage per pass over the 2 MB bench corpus; its exact-size copies ~4 MB.
 * Longer than KEEP_WORDS (a very long document), it is let go after the scan.
 */
const foldedScratch: string[] = [];
const KEEP_WORDS = 200_000;

/** Sweeps words and sentence starts together: the first word at or after each start is sentence-initial. */
function markSentenceStarts(start: Int32Array, flags: Uint8Array, count: number, starts: readonly number[]): void {
  let w = 0;
  for (const s of starts) {
    while (w < count && start[w]! < s) w++;
    if (w < count) flags[w]! |= SENTENCE_START;
  }
}

function markWeakSpans(start: Int32Array, flags: Uint8Array, count: number, spans: readonly { start: number; end: number }[]): void {
  let w = 0;
  for (const span of spans) {
    while (w < count && start[w]! < span.start) w++;
    while (w < count && start[w]! < span.end) flags[w++]! |= WEAK_CASE;
  }
}

/**
 * The words of the document being recognized. One slot, not a WeakMap (as for the recognizers' word view):
 * documents pass through the pipeline one at a time, and a WeakMap keyed by short-lived documents costs
 * more in garbage collection than the lookups it serves. Scanning again after eviction gives the same words.
 */
let cached: { doc: Doc; text: string; sentences: Doc['sentences']; paragraphs: Doc['paragraphs']; words: WordTokens } | undefined;

/**
 * The words of a document, scanned once and shared by the gazetteer, demonym and context-place
 * recognizers. Sentence starts and headline lines come from the segmenter when it ran.
 */
export function docWords(doc: Doc): WordTokens {
  const c = cached;
  if (c && c.doc === doc && c.text === doc.text && c.sentences === doc.sentences && c.paragraphs === doc.paragraphs) return c.words;
  const starts = doc.sentences.length > 0 ? mapPacked(doc.sentences, (s) => s.start) : undefined;
  const headlines = doc.paragraphs.filter((p) => p.isHeadline);
  const words = scanWords(doc.text, starts, headlines, doc.tokens.length > 0 ? doc.tokens : undefined);
  cached = { doc, text: doc.text, sentences: doc.sentences, paragraphs: doc.paragraphs, words };
  return words;
}

/** Folds a name into its index key: the folded words joined by single spaces. */
export function nameKey(name: string): string {
  return scanWords(name).folded.join(' ');
}
