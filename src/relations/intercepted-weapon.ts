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

/**
 * The owner of an intercepted weapon is no actor of the verb conjoined after it: in "Russian forces intercepted a
 * Ukrainian drone and struck X" the subject carried over the "and" is the interceptor's. True when the match opens at
 * a name right after an interception verb (past its article or count) and an "and" follows within the match (with a
 * subordinate clause, "intercepted Russian missiles before they struck X", the owner's weapons hit: interceptedWeapon
 * keeps that). Reads the matched stretch and a few words before it (O(match)).
 */
const WEAPON_DETERMINERS = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'multiple', 'numerous', 'down']);
const MAX_DETERMINERS = 2;

export function interceptedOwner(items: SentenceItems, first: number, last: number): boolean {
  if (items.mention[first]! < 0) return false;
  let p = first - 1;
  for (let n = 0; n < MAX_DETERMINERS && p >= 0 && items.mention[p]! < 0 && (WEAPON_DETERMINERS.has(items.keys[p]!) || /^\d+$/.test(items.keys[p]!)); n++) p--;
  if (p < 0 || items.mention[p]! >= 0 || !INTERCEPTING.has(items.keys[p]!)) return false;
  for (let i = first + 1; i < last; i++) if (items.mention[i]! < 0 && items.keys[i] === 'and') return true;
  return false;
}
