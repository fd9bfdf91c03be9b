import type { SentenceItems } from './items.js';

/**
 * True when a negation cue stands inside the matched items or just before them: "X did not visit Y",
 * "X refused to meet Y", "no official visited Y". Such statements are not facts and are not emitted.
 */
export function isNegated(items: SentenceItems, first: number, last: number, cues: ReadonlySet<string>, lookBehind: number): boolean {
  for (let i = Math.max(0, first - lookBehind); i <= last; i++) {
    if (items.mention[i]! < 0 && cues.has(items.keys[i]!)) return true;
  }
  return false;
}
