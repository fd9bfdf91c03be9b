import type { Span } from '../model/document.js';
import { isTitleCaseLine } from './headline.js';

/** A run of non-blank lines, trimmed of surrounding white space. */
export interface Block extends Span {
  /** The block is a single line. */
  singleLine: boolean;
}

const BLANK_LINE = /\n[ \t\u00A0]*\n/g;

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
    blocks.push({ start, end, singleLine: text.indexOf('\n', start) === -1 || text.indexOf('\n', start) >= end });
  };
  let cursor = from;
  BLANK_LINE.lastIndex = from;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    pushTrimmed(cursor, m.index);
    cursor = m.index + m[0].length;
    BLANK_LINE.lastIndex = cursor - 1; // the closing newline may open the next blank line
  }
  pushTrimmed(cursor, text.length);
  return blocks;
}
