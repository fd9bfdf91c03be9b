import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

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
  return m.type === 'Person' && m.form !== 'demonym';
}
