import type { SentenceItems } from './items.js';

/**
 * After "of" and a definite article, a nationality before an attack noun owns the attack as a topic, not as an event
 * the sentence reports: "the slow pace of the Russian offensive near X", "command of the Russian offensive in X" (as
 * actor.ts reads an actor after "of"; "the aftermath of a Ukrainian strike on X" names one strike, which happened).
 * True when the nationality at item `first` is so governed (RelationRuleSpec.nominalAgent).
 */
export function ownedByOf(items: SentenceItems, first: number): boolean {
  let p = first - 1;
  const word = (i: number): string | undefined => (i >= 0 && items.mention[i]! < 0 ? items.keys[i] : undefined);
  const article = word(p);
  if (article === 'a' || article === 'an') return false;
  if (article === 'the') p--;
  return word(p) === 'of';
}
