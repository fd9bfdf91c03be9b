import type { Doc } from './document.js';
import { LexemeInts, LexemeMemo } from './lexicon.js';
import { keyClass, keyClasses, keyClassesVersion } from './key-classes.js';

/**
 * A word as the rule-based recognizers see it: tokens glued by a hyphen with no space around it are one
 * word ("Al-Sharaa", "BARS-13"), because wink splits them but names and unit designators keep them whole.
 * Possessive "’s" stays a separate word so it can be left outside a name.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, curly apostrophes folded to "'": the key rule tables are looked up by. */
  key: string;
  /** Index into `Doc.sentences`. */
  sentence: number;
  /** First character is an upper-case letter. */
  capitalized: boolean;
  /** Two or more letters and every letter upper case ("SBU", "DNR", "U.S."). */
  allCaps: boolean;
  /** Punctuation token (brackets, commas, quotes …). */
  punct: boolean;
  /** "’s" or "'s". */
  possessive: boolean;
}

export interface WordView {
  words: Word[];
  /** Word index of the first word of each sentence, plus one final entry = words.length. */
  sentenceStarts: number[];
  /** Per sentence: most of its words are capitalized ("Al-Sharaa Regime Strengthening Ties With Russia"),
   *  so capitalization says little about names there. */
  titleCase: boolean[];
  /** Per word: the key classes of its key (see key-classes.ts), for recognizers' cheap per-word tests. */
  classes: Uint32Array;
}

/**
 * A sentence is title case when nearly all its words are capitalized, or most are and a linking word
 * inside it is too ("… Ties With Russia Amid …"), which running text never does.
 */
const TITLE_CASE_SHARE_ALONE = 0.9;
const TITLE_CASE_SHARE = 0.6;
const TITLE_CASE_LINKS = new Set(['with', 'to', 'of', 'and', 'the', 'in', 'for', 'on', 'amid', 'after', 'as', 'at', 'from', 'over', 'into', 'by', 'is', 'are']);
const TITLE_CASE_LINK = keyClass('word-view.title-case-link', TITLE_CASE_LINKS);
/** Sentences shorter than this are too short to judge. */
const TITLE_CASE_MIN_WORDS = 4;

/**
 * The view of the document being recognized. One slot, not a WeakMap: documents pass through the pipeline
 * one at a time, and a WeakMap keyed by short-lived documents costs more in garbage collection than
 * building the view (measured: ~2.3 µs per token against ~0.5 µs).
 */
let cached: { doc: Doc; tokens: Doc['tokens']; classesVersion: number; view: WordView } | undefined;

const UPPER = /\p{Lu}/u;
const FOLD = /[’‘`]/g;

export function foldKey(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') || lower.includes('‘') || lower.includes('`') ? lower.replace(FOLD, "'") : lower;
}

/**
 * Builds a word in one pass over its characters. Plain ASCII words (nearly all of them) get their key,
 * capitalization and all-caps without a second look; a word already in lower case is its own key (no new
 * string). Anything else goes through `foldKey` and the Unicode case tests.
 *
 * `text` is the word, `docText[start, end)` the same characters: they are read from the document text,
 * which lies in one piece in memory, rather than from each token's own small string.
 */
function makeWord(docText: string, text: string, start: number, end: number, sentence: number, punct: boolean): WordRecord {
  let letters = 0;
  let upper = 0;
  let ascii = true;
  let backtick = false;
  for (let k = start; k < end; k++) {
    const code = docText.charCodeAt(k);
    if (code >= 128) {
      ascii = false;
      break;
    }
    if (code >= 65 && code <= 90) {
      upper++;
      letters++;
    } else if (code >= 97 && code <= 122) letters++;
    else if (code === 96) backtick = true;
  }
  const key = ascii && !backtick ? (upper === 0 ? text : text.toLowerCase()) : foldKey(text);
  if (!ascii) [letters, upper] = unicodeLetterCounts(text);
  // All-caps: two or more letters, every one upper case ("SBU", "U.S."; not "MoD").
  if (punct) letters = upper = 0;
  const first = end > start ? docText.charCodeAt(start) : NaN;
  const capitalized = first >= 65 && first <= 90 ? true : first < 128 ? false : UPPER.test(text[0]!);
  return new WordRecord(start, end, text, key, sentence, capitalized, letters >= 2 && upper === letters, punct);
}

/**
 * Words are made by a constructor, not an object literal: V8 tracks literal sites for pretenuring, and in
 * batch runs it moved this site's objects to the old generation, where allocating them cost ~0.7 µs each
 * (measured: 276 ms against 39 ms on 2 MB) — more than building the rest of the view. Objects made by
 * `new` are not pretenured by site.
 */
class WordRecord implements Word {
  possessive: boolean;
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public key: string,
    public sentence: number,
    public capitalized: boolean,
    public allCaps: boolean,
    public punct: boolean,
  ) {
    this.possessive = key === "'s";
  }

  /** Makes a pooled record another word (see `pool`); `possessive` as the constructor sets it, from the word's shape. */
  set(start: number, end: number, text: string, key: string, sentence: number, capitalized: boolean, allCaps: boolean, punct: boolean, possessive: boolean): this {
    this.start = start;
    this.end = end;
    this.text = text;
    this.key = key;
    this.sentence = sentence;
    this.capitalized = capitalized;
    this.allCaps = allCaps;
    this.punct = punct;
    this.possessive = possessive;
    return this;
  }
}

/**
 * The records of the last document's words, reused for the next document's: the view is one slot (see
 * `cached`), so once the next document's view is built nothing reads the old records. Making ~180k
 * records per MB of text kept the young generation busy. Measured on the bench corpus (in-process A/B of
 * the recognize stage, both orders, min of 6 rounds per batch): ~7% less recognize CPU together with
 * quoted-unit's lazy candidate index; wordView's own time moved within the noise (±5%), so the gain is
 * mostly garbage collection that no longer lands in the recognizers.
 */
const pool: WordRecord[] = [];

/** Word k of the document being viewed, in pool slot k. */
function pooledWord(k: number, start: number, end: number, text: string, key: string, sentence: number, capitalized: boolean, allCaps: boolean, punct: boolean, possessive: boolean): WordRecord {
  const old = pool[k];
  if (old !== undefined) return old.set(start, end, text, key, sentence, capitalized, allCaps, punct, possessive);
  const word = new WordRecord(start, end, text, key, sentence, capitalized, allCaps, punct);
  pool.push(word);
  return word;
}

/** Cased letters and upper-case letters of a word that holds non-ASCII characters. */
function unicodeLetterCounts(text: string): [number, number] {
  let letters = 0;
  let upper = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 65 && code <= 90) upper++;
    else if (code < 128 && !(code >= 97 && code <= 122)) continue;
    else if (code >= 128) {
      const c = text[k]!;
      const lower = c.toLowerCase();
      if (lower === c.toUpperCase()) continue;
      if (c !== lower) upper++;
    }
    letters++;
  }
  return [letters, upper];
}

/** True when upper-casing the (lower-case) key changes nothing: digits, symbols, no cased letter. */
function caseless(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c >= 128) return key === key.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** What a one-token word's record holds that depends on its text alone. */
interface LexemeShape {
  key: string;
  capitalized: boolean;
  allCaps: boolean;
  classes: number;
  /** key === "'s", read from here: comparing each word's key string cost a memory access to the string (its
   *  line in wordView's CPU profile held ~1.7% of the recognize stage). */
  possessive: boolean;
  /**
   * caseless(key): the word counts for nothing when a sentence is tested for title case. Read from here rather
   * than by scanning the key per word: that scan's first read of each key string was ~1% of the recognize
   * stage's CPU profile (bench corpus, 2026-12-06).
   */
  caseless: boolean;
}

/** LexemeShape's four booleans as the bits of one number (ShapeMemos.bits). */
const CAPITALIZED = 1;
const ALL_CAPS = 2;
const POSSESSIVE = 4;
const CASELESS = 8;

/**
 * The shapes of one-token words by lexeme id (see src/model/lexicon.ts), made the first time an id is seen:
 * most words of a batch are words seen before, and an array index replaces the character scan, the
 * lower-casing and the key-class look-up. The key is then one string per id, so the recognizers' own table
 * look-ups by key find its hash already computed. Made again when the key classes change.
 *
 * Kept as three lists by id (key, classes, the booleans as bits), not one record per id: the view read each
 * token's record, a cache miss per token at a scattered place in the heap (the hottest line of wordView, 0.5%
 * of a warm pipeline's CPU profile over the 294 ISW reports, 9e42833), where three reads of lists indexed by id
 * mostly hit the cache (ids are numbered in order of first use, so the forms a batch keeps using sit together).
 * wordView 9.6% → 8.7% of the recognize stage's samples (two profiles back to back, branch speed13; docs/speed-history.md).
 */
class ShapeMemos {
  readonly key = new LexemeMemo((text, kind) => this.shape(text, kind).key);
  readonly classes = new LexemeInts((text, kind) => this.shape(text, kind).classes);
  readonly bits = new LexemeInts((text, kind) => {
    const shape = this.shape(text, kind);
    return (shape.capitalized ? CAPITALIZED : 0) | (shape.allCaps ? ALL_CAPS : 0) | (shape.possessive ? POSSESSIVE : 0) | (shape.caseless ? CASELESS : 0);
  });
  /** The shape made last: the three lists of a new form are filled one after another, from one shape. */
  private last: { text: string; kind: string; shape: LexemeShape } | undefined;
  constructor(readonly classesVersion: number) {}

  private shape(text: string, kind: string): LexemeShape {
    const last = this.last;
    if (last !== undefined && last.text === text && last.kind === kind) return last.shape;
    const shape = shapeOf(text, kind);
    this.last = { text, kind, shape };
    return shape;
  }
}

let shapes: ShapeMemos | undefined;

function lexemeShapes(classesVersion: number): ShapeMemos {
  if (!shapes || shapes.classesVersion !== classesVersion) shapes = new ShapeMemos(classesVersion);
  return shapes;
}

function shapeOf(text: string, kind: string): LexemeShape {
  const word = makeWord(text, text, 0, text.length, 0, kind === 'punctuation');
  return { key: word.key, capitalized: word.capitalized, allCaps: word.allCaps, classes: keyClasses(word.key), possessive: word.possessive, caseless: caseless(word.key) };
}

/**
 * The words of the view being built, in a list reused from document to document: pushing each document's
 * words into a new list grew it by doubling, ~10 MB of garbage per pass over the 2 MB bench corpus against
 * ~4 MB for the exact-size copies.
 */
const built: Word[] = [];
let classesBuffer = new Uint32Array(4096);
/** Each word's caseless(key) for the title-case test, in a buffer reused as `classesBuffer` is. */
let caselessBuffer = new Uint8Array(4096);

const HYPHENS = new Set(['-', '‑', '–']);
const LETTER_START = /^\p{L}/u;

function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_START.test(text);
}

/**
 * The document's words, built once per document and shared by every recognizer that asks (the tokens
 * never change after the tokenize stage).
 */
export function wordView(doc: Doc): WordView {
  const classesVersion = keyClassesVersion();
  if (cached && cached.doc === doc && cached.tokens === doc.tokens && cached.classesVersion === classesVersion) return cached.view;
  // Words are written into the reused list `built` and the view gets one exact-size copy (see `built`).
  let count = 0;
  const { tokens, text, sentences } = doc;
  // Words are never more than tokens: the classes are written straight into an array of that size, a view
  // of one array reused from document to document (the view of the last document is the only one read: see
  // `cached`), not a new typed array per document, each an allocation outside the JS heap.
  if (tokens.length > classesBuffer.length) classesBuffer = new Uint32Array(Math.max(tokens.length, classesBuffer.length * 2));
  if (tokens.length > caselessBuffer.length) caselessBuffer = new Uint8Array(Math.max(tokens.length, caselessBuffer.length * 2));
  const wordClasses = classesBuffer;
  const wordCaseless = caselessBuffer;
  const shapes = lexemeShapes(classesVersion);
  const sentenceStarts: number[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    sentenceStarts.push(count);
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const start = tokens.start[i]!;
      const punct = tokens.kind[i] === 'punctuation';
      let end = tokens.end[i]!;
      let j = i + 1;
      // Glue word-hyphen-word runs that have no space ("Al-Sharaa", "Rostov-on-Don"), and word pieces that
      // wink splits at some non-ASCII letters ("Erdo" + "ğan").
      if (!punct) {
        while (j < s.tokenEnd) {
          if (tokens.start[j] !== end) break;
          // … and digits split from an ordinal ("113th" comes as "1" + "13th").
          if (tokens.kind[j] !== 'punctuation' && (startsWithLetter(tokens.text[j]!) || (startsWithDigit(tokens.text[j]!) && startsWithDigit(tokens.text[i]!)))) {
            end = tokens.end[j]!;
            j += 1;
            continue;
          }
          const n = j + 1;
          if (n >= tokens.length || !HYPHENS.has(tokens.text[j]!) || tokens.start[n] !== tokens.end[j] || tokens.kind[n] === 'punctuation') break;
          end = tokens.end[n]!;
          j += 2;
        }
      }
      if (end === tokens.end[i]) {
        const bits = shapes.bits.of(tokens, i);
        wordClasses[count] = shapes.classes.of(tokens, i);
        wordCaseless[count] = bits & CASELESS ? 1 : 0;
        built[count] = pooledWord(count, start, end, tokens.text[i]!, shapes.key.of(tokens, i), si, (bits & CAPITALIZED) !== 0, (bits & ALL_CAPS) !== 0, punct, (bits & POSSESSIVE) !== 0);
        count++;
        i = j;
        continue;
      }
      // A word of several tokens (rare) is made new; it fills the pool's slot only where the pool has none yet,
      // so that slot k of the pool is only ever word k of a document.
      const word = makeWord(text, text.slice(start, end), start, end, si, punct);
      if (count === pool.length) pool.push(word);
      wordClasses[count] = keyClasses(word.key);
      wordCaseless[count] = caseless(word.key) ? 1 : 0;
      built[count++] = word;
      i = j;
    }
  }
  sentenceStarts.push(count);
  const words: Word[] = built.slice(0, count);
  const classes = wordClasses.subarray(0, count);
  const titleCase: boolean[] = [];
  for (let si = 0; si < sentences.length; si++) {
    let lettered = 0;
    let capitalized = 0;
    let capitalizedLink = false;
    for (let k = sentenceStarts[si]!; k < sentenceStarts[si + 1]!; k++) {
      const w = words[k]!;
      if (w.punct || wordCaseless[k] === 1) continue;
      lettered++;
      if (!w.capitalized) continue;
      capitalized++;
      if (k > sentenceStarts[si]! && classes[k]! & TITLE_CASE_LINK && TITLE_CASE_LINKS.has(w.key)) capitalizedLink = true;
    }
    const share = capitalized / lettered;
    titleCase.push(lettered >= TITLE_CASE_MIN_WORDS && (share >= TITLE_CASE_SHARE_ALONE || (capitalizedLink && share >= TITLE_CASE_SHARE)));
  }
  const view = { words, sentenceStarts, titleCase, classes };
  cached = { doc, tokens: doc.tokens, classesVersion, view };
  return view;
}

/** Index of the first word at or after `offset` (binary search), or words.length. */
export function wordIndexAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when nothing but white space separates the two words. */
export function adjacent(text: string, a: Word, b: Word): boolean {
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 160 && c !== 9) return false;
  }
  return a.sentence === b.sentence;
}
