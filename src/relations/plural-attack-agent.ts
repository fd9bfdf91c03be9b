import type { SentenceItems } from './items.js';

/**
 * A nationality owning attacks named by a bare plural noun with their target, after "of" or "for", is their agent:
 * "footage showed the aftermath of Ukrainian strikes on depots in X", "evidence for Ukrainian strikes on positions in
 * X", "reports of Russian shelling in X". Without an article the plural names attacks made, as "Ukrainian forces struck
 * depots in X" does; with one ("the pace of the Russian offensive") and without a target it names none (actor.ts).
 * What is feared or planned stays out (irrealis.ts isForecastNoun: "the threat of Russian strikes on X"), and so does
 * what a noun of command or of a prospect owns (actor.ts OWNING_HEADS).
 */
const PLURAL_ATTACKS = new Set(['strikes', 'attacks', 'assaults', 'counterattacks', 'counteroffensives', 'offensives', 'airstrikes', 'shelling', 'raids', 'bombardments']);
/** The preposition of the attacks' target or place. */
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'in', 'near', 'at', 'around']);
/** Words of kind between the nationality and the noun: "Ukrainian HIMARS strikes", "Russian ground assaults". */
const MAX_MODIFIERS = 2;
const MODIFIER = /^[a-z][a-z-]*$/;

export function pluralAttackAgent(items: SentenceItems, first: number): boolean {
  for (let p = first + 1; p < items.length && p <= first + 1 + MAX_MODIFIERS; p++) {
    const key = items.keys[p]!;
    if (items.mention[p]! >= 0) return false;
    if (PLURAL_ATTACKS.has(key)) return p + 1 < items.length && items.mention[p + 1]! < 0 && TARGET_PREPOSITIONS.has(items.keys[p + 1]!);
    if (!MODIFIER.test(key) || TARGET_PREPOSITIONS.has(key) || key === 'and' || key === 'or' || key === 'of') return false;
  }
  return false;
}
