import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * "Ukraine's Kherson Oblast Military Administration Advisor X", "Y Oblast's Security Department Head X": the title
 * is the named body's, and the place before the possessive only owns the body. The person serves in or heads the
 * body (the dev gold marks memberOf(X, the administration) only), not the place: so no office statement links the
 * person to a place whose possessive is followed by an organization or a unit before the person.
 */
export function ownerOfNamedBody(doc: Doc, items: SentenceItems, s: number, o: number): boolean {
  if (o + 2 >= s || items.mention[o + 1]! >= 0 || items.keys[o + 1] !== "'s") return false;
  const owner = doc.mentions[items.mention[o]!]!;
  const body = items.mention[o + 2]!;
  if (owner.type !== 'Place' || body < 0) return false;
  const type = doc.mentions[body]!.type;
  return type === 'Organization' || type === 'MilitaryUnit';
}
