import type { SentenceItems } from './items.js';

/**
 * A party's involvement that the clause avoids, risks or goes without is no presence: "supports its ally without
 * risking direct military involvement of X in Y", "seeks to avoid the participation of X in Y", "to prevent X's
 * deployment to Y" (annotation guidelines: only what the text states as having happened). The party names the
 * involvement: it follows the noun's "of", or it owns the noun ("X's involvement"). The avoiding word stands at most
 * AVOID_REACH words before the noun phrase ("without risking direct military involvement": two adjectives between).
 * Reads a few items around the subject (O(1) per statement).
 */

/** Nouns of a party's taking part or being somewhere. */
const INVOLVEMENT: ReadonlySet<string> = new Set([
  'involvement', 'participation', 'intervention', 'deployment', 'deployments', 'presence', 'engagement', 'entry', 'commitment',
]);
/** Words that make the involvement avoided, hypothetical or absent. */
const AVOIDING: ReadonlySet<string> = new Set([
  'without', 'avoid', 'avoids', 'avoided', 'avoiding', 'avert', 'averts', 'averted', 'averting', 'prevent', 'prevents', 'prevented',
  'preventing', 'preclude', 'precludes', 'precluding', 'forgo', 'forgoes', 'forgoing', 'risk', 'risks', 'risking', 'no',
]);
/** From the avoiding word to the noun: "without risking direct military involvement" (the noun the fourth word). */
const AVOID_REACH = 4;
/** Words that end the avoiding word's scope before the noun. */
const SCOPE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'while', 'which', 'that', 'who']);

/** The subject at item `s` names an involvement that an avoiding word before it keeps from happening. */
export function avoidedInvolvement(items: SentenceItems, s: number): boolean {
  let noun = -1;
  // "involvement of [the] X"
  let before = s - 1;
  if (before >= 0 && items.mention[before]! < 0 && items.keys[before] === 'the') before--;
  if (before >= 1 && items.keys[before] === 'of' && items.mention[before - 1]! < 0 && INVOLVEMENT.has(items.keys[before - 1]!)) noun = before - 1;
  // "X's involvement"
  if (noun < 0 && s + 2 < items.length && items.keys[s + 1] === "'s" && items.mention[s + 2]! < 0 && INVOLVEMENT.has(items.keys[s + 2]!)) noun = s;
  if (noun < 0) return false;
  for (let i = noun - 1; i >= 0 && i >= noun - AVOID_REACH; i--) {
    if (items.mention[i]! >= 0) return false;
    const key = items.keys[i]!;
    if (SCOPE_ENDS.has(key)) return false;
    if (AVOIDING.has(key)) return true;
  }
  return false;
}
