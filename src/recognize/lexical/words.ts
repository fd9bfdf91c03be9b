import type { Doc } from '../../model/document.js';

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
}

const cache = new WeakMap<Doc, WordView>();

const UPPER = /\p{Lu}/u;
const LETTER_LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;

export function foldKey(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'");
}

function makeWord(text: string, start: number, end: number, sentence: number, punct: boolean): Word {
  const key = foldKey(text);
  const first = text[0] ?? '';
  const letters = text.match(LETTERS);
  return {
    start,
    end,
    text,
    key,
    sentence,
    capitalized: UPPER.test(first),
    allCaps: !!letters && letters.length >= 2 && !letters.some((c) => LETTER_LOWER.test(c)),
    punct,
    possessive: key === "'s",
  };
}

const HYPHENS = new Set(['-', '‑', '–']);

/**
 * The document's words, built once per document and shared by every recognizer that asks (the tokens
 * never change after the tokenize stage).
 */
export function wordView(doc: Doc): WordView {
  const hit = cache.get(doc);
  if (hit) return hit;
  const words: Word[] = [];
  const sentenceStarts: number[] = [];
  const { tokens, text } = doc;
  doc.sentences.forEach((s, si) => {
    sentenceStarts.push(words.length);
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const t = tokens[i]!;
      const punct = t.kind === 'punctuation';
      let end = t.end;
      let j = i + 1;
      // Glue word-hyphen-word runs that have no space: "Al-Sharaa", "Rostov-on-Don".
      if (!punct) {
        while (j + 1 < s.tokenEnd) {
          const h = tokens[j]!;
          const n = tokens[j + 1]!;
          if (h.start !== end || !HYPHENS.has(h.text) || n.start !== h.end || n.kind === 'punctuation') break;
          end = n.end;
          j += 2;
        }
      }
      words.push(makeWord(text.slice(t.start, end), t.start, end, si, punct));
      i = j;
    }
  });
  sentenceStarts.push(words.length);
  const view = { words, sentenceStarts };
  cache.set(doc, view);
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
