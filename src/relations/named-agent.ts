import type { Doc } from '../model/document.js';
import { typeTest } from './arg-types.js';
import type { SentenceItems } from './items.js';
import { firstItem } from './item-extremes.js';

/**
 * An attack noun whose agent follows it after "by" names its own attacker: in "Ukrainian forces defeated a heliborne
 * assault by Russian VDV units on X" the Russians attacked X, not the Ukrainians who stopped them (attacked-by-agent
 * reads the agent). The actor rules take the party before the noun as its actor, unless a verb of stopping stands
 * between (rules/events.ts NOT_THE_ACTOR), and a list of such verbs is never complete ("defeated", "beat back",
 * "fought off", "foiled"): the agent after the noun settles it whatever the verb. True when, after the match's
 * actor and before its first object, an attack noun the actor does not modify ("Russia's offensive by …", "a Russian
 * assault by …" name one side twice) is followed by "by" and a party (maybe "the", "elements of").
 * O(match).
 */
const ATTACK_NOUNS = new Set(['attack', 'attacks', 'assault', 'assaults', 'strike', 'strikes', 'offensive', 'offensives', 'counterattack', 'counterattacks', 'counteroffensive', 'shelling', 'raid', 'raids', 'airstrike', 'airstrikes', 'advance', 'advances', 'push', 'bombardment', 'landing', 'landings']);
const OPENERS = new Set(['the', 'a', 'an', 'elements', 'units', 'forces', 'troops', 'of']);
const isParty = typeTest(['Belligerent']);
/** Words between a nationality and its own attack noun ("Russian heliborne assault by …"): then both name one side. */
const MAX_MODIFIERS = 2;

export function agentNamedAfterNoun(doc: Doc, items: SentenceItems, first: number, objects: readonly number[]): boolean {
  const end = firstItem(objects);
  for (let i = first + 1; i < end - 2; i++) {
    if (items.mention[i]! >= 0 || !ATTACK_NOUNS.has(items.keys[i]!) || items.mention[i + 1]! >= 0 || items.keys[i + 1] !== 'by') continue;
    // The actor inside the noun phrase names the same attacker: "Russia's offensive by elements of the 12th Army".
    if (items.keys[first + 1] === "'s" || i - first <= MAX_MODIFIERS) continue;
    let p = i + 2;
    while (p < end && items.mention[p]! < 0 && OPENERS.has(items.keys[p]!)) p++;
    if (p < end && items.mention[p]! >= 0 && isParty(doc.mentions[items.mention[p]!]!)) return true;
  }
  return false;
}
