import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { servingHeads } from './rules/titles.js';
import { wordKey } from './items.js';

/** Serving offices read before "to": "Advisor to the …", "aide to …" (titles.ts `servingHeads`). */
const SERVING_BEFORE_TO = new Set(servingHeads.flatMap((p) => wordKey(p).split(' ').slice(-1)));
/** A serving office written straight before the office it serves, across a nationality: "Deputy Ukrainian Prime Minister". */
const SERVING_BEFORE_OFFICE = new Set(['deputy', 'vice']);

/**
 * The office a match reads is one its holder serves, not holds: "Deputy [Ukrainian] Prime Minister X",
 * "Advisor to the [Ukrainian] President X", "the advisor to the Ukrainian mayor of Y, X". The leading title
 * after the serving words is someone else's, so the holder is a member (the rules match from the nationality
 * or the title on, and never see the words before). Looks back from item `first` over "the" and one
 * country or nationality mention.
 */
export function servesAnOffice(doc: Doc, items: SentenceItems, first: number): boolean {
  let i = first - 1;
  if (i >= 0 && items.keys[i] === 'the') i--;
  if (i >= 0 && items.mention[i]! >= 0) {
    const m = doc.mentions[items.mention[i]!]!;
    if (m.form !== 'demonym' && m.type !== 'Place') return false;
    i--;
    if (i >= 0 && items.keys[i] === 'the') i--;
  }
  if (i < 0) return false;
  if (SERVING_BEFORE_OFFICE.has(items.keys[i]!)) return true;
  return items.keys[i] === 'to' && i > 0 && SERVING_BEFORE_TO.has(items.keys[i - 1]!) && !inAppositionToPerson(doc, items, i - 2);
}

const SERVING_QUALIFIERS = new Set(['chief', 'senior', 'top', 'former', 'first', 'a', 'an', 'the']);

/**
 * "X, chief advisor to Ukrainian President Y": the serving words describe X, the person (or capitalized
 * word) before the comma; Y keeps the office the rule reads.
 */
function inAppositionToPerson(doc: Doc, items: SentenceItems, from: number): boolean {
  let i = from;
  while (i >= 0 && SERVING_QUALIFIERS.has(items.keys[i]!)) i--;
  if (i < 1 || items.keys[i] !== ',') return false;
  const before = items.mention[i - 1]!;
  if (before >= 0) return doc.mentions[before]!.type === 'Person';
  // A name the recognizers missed reads the same way.
  return /^\p{Lu}\p{Ll}/u.test(doc.text.slice(items.start[i - 1]!, items.end[i - 1]!));
}
