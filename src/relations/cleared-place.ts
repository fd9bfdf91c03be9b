import type { SentenceItems } from './items.js';
import { CLEARED_RULE } from './rules/capture-clearing.js';

/**
 * A place cleared "of" something other than forces is no capture: "cleared X of mines", "cleared X of debris".
 * The forces' shape of captured-cleared ("cleared X of Russian troops") ends its match at the force word, so an
 * "of" right after the matched place means the bare shape read a place cleared of things. Reads one item.
 */
export function clearedOfThings(rule: string, items: SentenceItems, last: number): boolean {
  if (rule !== CLEARED_RULE) return false;
  const next = last + 1;
  return next < items.length && items.mention[next]! < 0 && items.keys[next] === 'of';
}
