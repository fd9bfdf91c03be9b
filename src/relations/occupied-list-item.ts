import type { SentenceItems } from './items.js';

/**
 * "occupied" as the adjective of a list item is no occupation by the list's first member: "unite the A, B, and
 * occupied C and D into one district" says nothing of who occupied them. The verb reading ("Russian
 * forces occupied X") has its actor's phrase before it, not a place and a coordinator. Reads the match (O(match)).
 * Only after a list of two places or more: "shelled A, and occupied X" is the actor's second verb.
 */
const OCCUPIED = new Set(['occupied', 'occupies', 'occupy', 'occupying']);
const COORDINATORS = new Set(['and', 'or', ',']);

export function occupiedListItem(items: SentenceItems, first: number, last: number): boolean {
  for (let i = first + 2; i <= last; i++) {
    if (items.mention[i]! >= 0 || !OCCUPIED.has(items.keys[i]!)) continue;
    let c = i - 1;
    if (items.mention[c]! >= 0 || !COORDINATORS.has(items.keys[c]!)) return false;
    // ", and occupied X": the coordinator may be doubled.
    if (c - 1 > first && items.mention[c - 1]! < 0 && items.keys[c - 1] === ',') c--;
    // A list of places before it ("the A, B, and occupied X"), not an object of another verb of the same actor
    // ("shelled A, and occupied X").
    return items.mention[c - 1]! >= 0 && c - 2 >= 0 && items.mention[c - 2]! < 0 && COORDINATORS.has(items.keys[c - 2]!);
  }
  return false;
}
