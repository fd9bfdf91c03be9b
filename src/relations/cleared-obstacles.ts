import type { SentenceItems } from './items.js';

/**
 * Clearing mines or rubble is no attack: "Ukrainian forces clearing Russian mines in X", "cleared debris near X". "Clear"
 * is an attack verb when its object is a place or a force ("cleared Russian troops from X"); here its object is a noun
 * of obstacles, read within a few words after it inside the matched stretch (O(match)).
 */
const CLEARING = new Set(['clear', 'clears', 'cleared', 'clearing']);
const OBSTACLES = new Set(['mine', 'mines', 'minefield', 'minefields', 'obstacles', 'rubble', 'debris', 'explosives', 'ordnance', 'munitions', 'roads', 'road', 'snow', 'barricades', 'booby', 'tripwires']);
const OBJECT_WORDS = 3;

export function clearedObstacles(items: SentenceItems, first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (items.mention[i]! >= 0 || !CLEARING.has(items.keys[i]!)) continue;
    for (let j = i + 1; j <= last && j <= i + OBJECT_WORDS; j++) {
      if (items.mention[j]! < 0 && OBSTACLES.has(items.keys[j]!)) return !conjoinedAfter(items, j, last);
    }
  }
  return false;
}

/** "cleared mines and shelled X": a verb conjoined after the clearing is an attack of its own. */
function conjoinedAfter(items: SentenceItems, from: number, last: number): boolean {
  for (let i = from + 1; i < last; i++) if (items.mention[i]! < 0 && (items.keys[i] === 'and' || items.keys[i] === 'but')) return true;
  return false;
}
