import type { Span } from '../model/document.js';
import { isTitleCaseLine } from './headline.js';

/** A run of non-blank lines, trimmed of surrounding white space. */
export interface Block extends Span {
  /** The block is a single line. */
  singleLine: boolean;
  /**
   * The block is one line of a run of lines with no blank line between them, in a text that puts a paragraph
   * on each line. Such a line is a paragraph, never a headline: the run's short lines are section headings
   * ("Key Takeaways") of one article, and reading them as headlines would cut one report into many articles.
   */
  lineOfRun?: boolean;
}

const isLineSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/**
 * Where the first blank line at or after `from` starts — a line break, spaces, tabs or no-break spaces, a line break:
 * what `/\n[ \t\u00A0]*\n/g` found from `from` — and where it ends (after its second line break); start -1 when there
 * is none. Found from line break to line break (`indexOf`) rather than by the expression, which the engine tried at every
 * character: `splitBlocks` over the 2 MB bench corpus 2.2 → 1.1 ms, over the 294 ISW reports 8.3 → 4.0 ms (best of 15,
 * the same blocks; branch speed20). Sound because a blank line starts at a line break and its spaces hold no line break, so the first line break
 * after them ends it or the line was not blank.
 */
export function nextBlankLine(text: string, from: number): { start: number; end: number } {
  const n = text.length;
  for (let nl = text.indexOf('\n', from); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    let k = nl + 1;
    // Reads stop at the end: a read past it (NaN) sent V8's optimized code for this function back to the interpreter.
    while (k < n && isLineSpace(text.charCodeAt(k))) k++;
    if (k < n && text.charCodeAt(k) === 10) return { start: nl, end: k + 1 };
  }
  return { start: -1, end: -1 };
}

/**
 * Splits text into blocks separated by blank lines. Markdown headings ("# …") and title-case lines are
 * blocks of their own even without a blank line after them, so that a heading directly followed by its
 * paragraph (or by a sub-heading) is still seen as a headline.
 */
export function splitBlocks(text: string, from = 0): Block[] {
  const blocks: Block[] = [];
  const pushTrimmed = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    // Split a leading heading line (markdown "#", or a title-case line) off its paragraph.
    const nl = text.indexOf('\n', start);
    if (nl !== -1 && nl < end && (text[start] === '#' || isTitleCaseLine(text.slice(start, nl)))) {
      pushTrimmed(start, nl);
      pushTrimmed(nl + 1, end);
      return;
    }
    const firstBreak = text.indexOf('\n', start);
    if (firstBreak !== -1 && firstBreak < end && !isHardWrapped(text, start, end)) {
      // News exported one paragraph per line, with no blank lines: every line break is a paragraph break,
      // except before a lowercase letter (a word cut by the export: "… of the Dnip\nr\no River").
      let pieceStart = start;
      for (let nl = firstBreak; nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) {
        if (isLowercaseLetter(text.charAt(nl + 1))) continue;
        pushLines(pieceStart, nl, true);
        pieceStart = nl + 1;
      }
      pushLines(pieceStart, end, true);
      return;
    }
    pushLines(start, end, false);
  };
  const pushLines = (start: number, end: number, lineOfRun: boolean): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return;
    const nl = text.indexOf('\n', start);
    blocks.push({ start, end, singleLine: nl === -1 || nl >= end, ...(lineOfRun ? { lineOfRun } : {}) });
  };
  let cursor = from;
  for (let blank = nextBlankLine(text, from); blank.start !== -1; blank = nextBlankLine(text, cursor - 1)) {
    pushTrimmed(cursor, blank.start);
    cursor = blank.end;
    // From cursor - 1: the closing newline may open the next blank line.
  }
  pushTrimmed(cursor, text.length);
  return blocks;
}

/** No line of hard-wrapped prose is longer than this (wrap widths are 60-80; 100 leaves room for a long word). */
const WRAP_WIDTH = 100;

/**
 * Whether a run of lines is hard-wrapped prose (its line breaks are not breaks of sense) rather than
 * paragraphs one per line. At most one line in four (the last aside) longer than WRAP_WIDTH says wrapped:
 * in a file of paragraphs one per line most lines are far longer (ISW reports: two lines in three over 120
 * characters), and a list of short lines stays one block, as before.
 */
export function isHardWrapped(text: string, start: number, end: number): boolean {
  let lines = 0;
  let long = 0;
  let lineStart = start;
  for (let nl = text.indexOf('\n', start); nl !== -1 && nl < end; nl = text.indexOf('\n', nl + 1)) {
    lines++;
    if (nl - lineStart > WRAP_WIDTH) long++;
    lineStart = nl + 1;
  }
  return long * 4 <= lines;
}

function isLowercaseLetter(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
