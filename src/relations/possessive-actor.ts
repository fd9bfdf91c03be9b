import type { SentenceItems } from './items.js';

/**
 * A possessive actor is the agent of the noun it owns, whatever governs that noun phrase: in "during Russia's
 * invasion of X", "support for Ukraine's strikes on X" the preposition governs the invasion, not Russia, so the
 * name still acts. Only when an event noun follows the "'s" within a few words (`isEventNoun`): "Russia's
 * territory", "Ukraine's defenders" name no event. A noun of command or of risk before "of" still owns the
 * whole ("the threat of Russia's invasion": the caller keeps those).
 */
const MAX_MODIFIERS = 3;

export function possessiveAgent(items: SentenceItems, first: number, isEventNoun: (key: string) => boolean): boolean {
  const s = first + 1;
  if (s >= items.length || items.keys[s] !== "'s" || items.mention[s]! >= 0) return false;
  for (let p = s + 1; p < items.length && p <= s + MAX_MODIFIERS; p++) {
    if (items.mention[p]! >= 0) return false;
    if (isEventNoun(items.keys[p]!)) return true;
  }
  return false;
}
