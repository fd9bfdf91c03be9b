import type { SentenceItems } from './items.js';

/**
 * What forces can do or are let do is no event (annotation guidelines: only what the text states as having happened):
 * "reduce Ukrainian forces' ability to shell X", "the capture of A allows Russian forces to advance on X", "positions
 * that enable Russian forces to strike X". Read on the match's own items and the few words before its actor
 * (O(match)). The ability to keep up what goes on speaks of real attacks: "their ability to maintain the pace of
 * offensive operations in X" stays.
 */
const CAPABILITY = new Set(['ability', 'abilities', 'capability', 'capabilities', 'capacity']);
// Present forms only: what a past enabling let happen did happen ("the crossing allowed Ukrainian troops to attack X";
// prevented-actor.ts reads the forecast and counterfactual ones).
const ENABLING = new Set(['allow', 'allows', 'allowing', 'enable', 'enables', 'enabling', 'permit', 'permits', 'permitting']);
/** Words that may stand between an enabling verb and the actor: "allows the Russian forces". */
const BEFORE_ACTOR = new Set(['the', 'its', 'their']);
/** Verbs of keeping up an ongoing activity. */
const ONGOING = new Set(['maintain', 'sustain', 'continue', 'keep']);
const LOOK_BEHIND = 2;

export function statedAsCapability(items: SentenceItems, first: number, last: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - LOOK_BEHIND; i--) {
    if (items.mention[i]! >= 0) break;
    const key = items.keys[i]!;
    if (ENABLING.has(key)) return true;
    if (!BEFORE_ACTOR.has(key)) break;
  }
  for (let i = first; i + 1 < last; i++) {
    if (items.mention[i]! >= 0 || !CAPABILITY.has(items.keys[i]!) || items.keys[i + 1] !== 'to') continue;
    if (!ONGOING.has(items.keys[i + 2] ?? '')) return true;
  }
  return false;
}
