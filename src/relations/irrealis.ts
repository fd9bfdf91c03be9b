import type { SentenceItems } from './items.js';

/**
 * Words before a verb that make what it says a plan, a readiness or a possibility, not an event: "may commit
 * elements of X to Y", "is preparing to deploy X to Y", "plans to send X to Y".
 */
const UNREAL = new Set([
  'will', 'would', 'could', 'might', 'may', 'should', 'must', 'plan', 'plans', 'planning', 'intend', 'intends',
  'intending', 'aim', 'aims', 'aiming', 'prepare', 'prepares', 'preparing', 'ready', 'expected', 'expects', 'set',
]);
/** Words that may stand between such a word and the verb: "may soon begin to send", "is preparing to deploy". */
const PASSABLE = new Set(['to', 'likely', 'soon', 'also', 'again', 'further', 'then', 'probably', 'possibly', 'reportedly', 'begin', 'be', 'have', 'not']);
/** How many items before the verb are read. */
const LOOK_BEHIND = 4;

/**
 * True when the match starts with a word (a verb-first pattern: "sent elements of X to Y") that an irrealis word
 * governs. A match that starts with its actor reads such words in its own gap (rules/events.ts IRREALIS).
 */
export function isIrrealis(items: SentenceItems, first: number): boolean {
  if (items.mention[first]! >= 0) return false;
  for (let i = first - 1; i >= 0 && i >= first - LOOK_BEHIND; i--) {
    if (items.mention[i]! >= 0) return false;
    const key = items.keys[i]!;
    if (UNREAL.has(key)) return true;
    if (!PASSABLE.has(key)) return false;
  }
  return false;
}
