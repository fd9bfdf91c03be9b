import type { SentenceItems } from './items.js';
import { WITNESSED } from './nominal-agent.js';

/**
 * A nationality owning attacks with their target, after a word that says they happened and "of" (nominal-agent.ts
 * WITNESSED: "the aftermath of", "reports of", "unaware of", "areas of") or after "evidence for", is their agent in the
 * event rules too: "commanders are unaware of Ukrainian strikes on depots and positions in X", "footage provides evidence
 * for Ukrainian strikes on assets in X", "areas of Ukrainian counteroffensives near X". The rule attacked-nominal reads
 * such nouns only when the place follows the noun closely; the event rules' targets reach past the things hit (branch
 * rec11a: ISW dev 1 and fresh11 2 missed attacks). A topic's word ("the pace of", "the threat of") still owns the
 * nationality (actor.ts), and forecasts stay out (irrealis.ts isForecastNoun).
 */
const ATTACK_NOUNS = new Set([
  'strike', 'strikes', 'attack', 'attacks', 'assault', 'assaults', 'counterattack', 'counterattacks', 'counteroffensive',
  'counteroffensives', 'offensive', 'offensives', 'airstrike', 'airstrikes', 'shelling', 'raid', 'raids', 'bombardment', 'bombardments',
]);
/** The preposition of the attacks' target or place. */
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'in', 'near', 'at', 'around']);
/** Words of kind between the nationality and the noun: "Ukrainian HIMARS strikes", "Russian ground assaults". */
const MAX_MODIFIERS = 2;
const MODIFIER = /^[a-z][a-z-]*$/;
/** Nouns before "for" that say the attack happened: "evidence for Ukrainian strikes on X". */
const WITNESSED_FOR = new Set(['evidence', 'proof']);

/**
 * The nationality at `first` owns an attack noun with its target, and the preposition at `prep` (before the
 * nationality, maybe past an article) follows a word that witnesses the attack.
 */
export function witnessedAttackAgent(items: SentenceItems, first: number, prep: number): boolean {
  const key = items.keys[prep];
  const head = prep > 0 && items.mention[prep - 1]! < 0 ? items.keys[prep - 1]! : '';
  if (!(key === 'of' ? WITNESSED.has(head) : key === 'for' && WITNESSED_FOR.has(head))) return false;
  for (let p = first + 1; p < items.length && p <= first + 1 + MAX_MODIFIERS; p++) {
    const word = items.keys[p]!;
    if (items.mention[p]! >= 0) return false;
    if (ATTACK_NOUNS.has(word)) return p + 1 < items.length && items.mention[p + 1]! < 0 && TARGET_PREPOSITIONS.has(items.keys[p + 1]!);
    if (!MODIFIER.test(word) || TARGET_PREPOSITIONS.has(word) || word === 'and' || word === 'or' || word === 'of') return false;
  }
  return false;
}
