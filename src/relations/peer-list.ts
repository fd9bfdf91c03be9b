import type { Doc, Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { placeRank } from './arg-types.js';
import { plausiblyContained } from './guards.js';

/**
 * The area at item `o` is one item of a list of peer places, not the region of the place before it:
 * "on Lviv, Volyn, Kyiv, Chernihiv, or Kharkiv", "from Moscow, Kemerovo Oblast, Tyumen, and Dorva Oblast".
 * A place-and-its-region pair is written "X, Y Oblast" and a list of such pairs "A, B Oblast, C, D Oblast, and
 * E, F Oblast": after the region the next item, if any, is again followed by its own region or by "and". So the
 * area is a peer when the list goes on past it by a comma to a place that is not the next item's region
 * ("…, Kyiv, Chernihiv"), or closes with "and"/"or" on an area of its own rank ("…, Tyumen, and Lipetsk Oblast").
 * Looks at the four items after `o` only.
 */
export function areaAmongPeers(doc: Doc, items: SentenceItems, o: number): boolean {
  const place = (p: number): Mention | undefined => {
    const k = p < items.length ? items.mention[p]! : -1;
    const m = k >= 0 ? doc.mentions[k] : undefined;
    return m?.type === 'Place' ? m : undefined;
  };
  const word = (p: number): string | undefined => (p < items.length && items.mention[p]! < 0 ? items.keys[p] : undefined);
  const area = place(o);
  const next = place(o + 2);
  if (!area || word(o + 1) !== ',' || !next || word(o + 3) !== ',') return false;
  const joined = word(o + 4) === 'and' || word(o + 4) === 'or';
  const after = place(joined ? o + 5 : o + 4);
  if (!after) return false;
  // "C, and D Oblast": a comma before the conjunction makes D an item of its own, never C's region.
  return joined ? placeRank(after) === placeRank(area) : !plausiblyContained(next, after);
}
