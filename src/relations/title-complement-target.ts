import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { namesSameThing } from './guards.js';

/** Lower-case words that may stand between the place and the title of its official: "X Oblast occupation Deputy Head Y". */
const MAX_BETWEEN = 2;
const PLAIN_LOWER = /^[a-z][a-z-]*$/;

/**
 * The place at item `o` says whose official the titled person right after it is: in "an attack against X Oblast
 * occupation Deputy Head Y" the target is Y, and X only names the office (no attack on X). The person's item holds
 * the title before the name (items.ts folds a mention's role into its item), so the place is followed by at most
 * MAX_BETWEEN lower-case words and a person item with a role.
 */
export function placeNamesNextOffice(doc: Doc, items: SentenceItems, o: number): boolean {
  let p = o + 1;
  for (let n = 0; n < MAX_BETWEEN && p < items.length && items.mention[p]! < 0 && PLAIN_LOWER.test(items.keys[p]!); n++) p++;
  if (p >= items.length || items.mention[p]! < 0 || items.role[p] === undefined) return false;
  const m = doc.mentions[items.mention[p]!]!;
  return m.type === 'Person' && m.form !== 'demonym' && !placedAgainAfter(doc, items, o, p);
}

/** Prepositions that place the official when hit: "… Deputy Head Y in X". */
const PLACING = new Set(['in', 'near', 'at', 'outside']);

/**
 * The place at `o` is named again after the person at `p`, where the official was hit ("an attack on X occupation
 * deputy head Y in X"): the statement links the first mention of the place (annotation guidelines), so it stays.
 */
function placedAgainAfter(doc: Doc, items: SentenceItems, o: number, p: number): boolean {
  const place = doc.mentions[items.mention[o]!]!;
  for (let q = p + 2; q < items.length; q++) {
    if (items.mention[q]! >= 0 && items.mention[q - 1]! < 0 && PLACING.has(items.keys[q - 1]!) && namesSameThing(place, doc.mentions[items.mention[q]!]!)) return true;
  }
  return false;
}
