import type { SentenceItems } from './items.js';

/**
 * Weapons stopped before they hit are not the interceptor's attack: "air defense intercepted drones before they
 * hit X", "shot down missiles as they approached X". The attack verb's subject is the pronoun of the weapons, the
 * object of the interception, so the actor before the interception did not strike X. (When the weapons' owner is
 * named after the interception — "intercepted Russian missiles before they struck X" — the match starts at that
 * owner, after the interception verb, and is kept.) Reads the matched stretch only (O(match)).
 */
const INTERCEPTING = new Set(['intercepted', 'intercepts', 'intercepting', 'intercept', 'downed', 'shot', 'shooting', 'destroyed', 'neutralized', 'neutralised']);
const SUBORDINATORS = new Set(['before', 'as', 'when', 'while', 'until']);
const PRONOUNS = new Set(['they', 'it']);

export function interceptedWeapon(items: SentenceItems, first: number, last: number): boolean {
  let intercepted = false;
  for (let i = first; i < last; i++) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (INTERCEPTING.has(key)) intercepted = true;
    else if (intercepted && SUBORDINATORS.has(key) && PRONOUNS.has(items.keys[i + 1]!) && items.mention[i + 1]! < 0) return true;
  }
  return false;
}
