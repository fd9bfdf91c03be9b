import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/** Lower-case words of a kind noun between a name and its bracketed abbreviation ("private military company"). */
const MAX_DESCRIPTOR = 3;
const LOWER_WORD = /^[a-z][a-z-]*$/;
const ABBREVIATION = /^[A-Z][A-Za-z]*[A-Z]s?$/;

/**
 * "the X Group private military company (PMC) forces": a name's kind noun with its abbreviation in brackets,
 * which belongs to the name's phrase as the name's own bracket does ("X Group (PMC) forces"). From item `p`
 * right after the name, returns the item after the closing bracket, or -1 when the words there are not that
 * shape (one to three lower-case words, then one abbreviation in brackets). Reads at most six items.
 */
export function pastDescriptorAcronym(doc: Doc, items: SentenceItems, p: number): number {
  let q = p;
  while (q < items.keys.length && q - p < MAX_DESCRIPTOR && items.mention[q]! < 0 && LOWER_WORD.test(doc.text.slice(items.start[q]!, items.end[q]!))) q++;
  if (q === p || items.keys[q] !== '(' || items.keys[q + 2] !== ')') return -1;
  return ABBREVIATION.test(doc.text.slice(items.start[q + 1]!, items.end[q + 1]!)) ? q + 3 : -1;
}

/**
 * The same shape read leftwards from the closing bracket at `close`: the item of the name before the kind
 * noun, or -1.
 */
export function nameBeforeDescriptorAcronym(doc: Doc, items: SentenceItems, close: number): number {
  if (items.keys[close] !== ')' || items.keys[close - 2] !== '(' || !ABBREVIATION.test(doc.text.slice(items.start[close - 1]!, items.end[close - 1]!))) return -1;
  let q = close - 3;
  while (q >= 0 && close - 3 - q < MAX_DESCRIPTOR && items.mention[q]! < 0 && LOWER_WORD.test(doc.text.slice(items.start[q]!, items.end[q]!))) q--;
  return q < close - 3 && q >= 0 && items.mention[q]! >= 0 ? q : -1;
}
