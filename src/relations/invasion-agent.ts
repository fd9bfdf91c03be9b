import type { SentenceItems } from './items.js';

/**
 * A nationality or a possessive that owns an invasion of a place is its agent, whatever noun phrase or preposition
 * holds the invasion: "the first month of the Y invasion of X", "in protest of the Y invasion of X",
 * "refused to take part in the Y invasion of X", "prior to Freedonia's full-scale invasion of X" (annotation
 * guidelines: "invasion of C" with a named actor → attacked(actor, C)). Branch rec11a: the read golds mark every such
 * invasion stated as real (fresh11 4 of 4, ISW dev and blind dev 5 of 5). What is only feared or weighed ("the risk of a
 * Russian invasion of X", "preparations for a Belarusian invasion of X") stays out: a noun of a prospect before
 * "of" here, the forecast words elsewhere (irrealis.ts isForecastNoun).
 */
const INVASION = 'invasion';
/** What the invasion takes as its target: "invasion of X", "invasion into X". */
const TARGET_PREPOSITIONS = new Set(['of', 'into']);
/** Words of kind between the agent and the noun: "full-scale" (three items: "full", "-", "scale"), "renewed", "ongoing". */
const MAX_MODIFIER_ITEMS = 3;
/** Items that end the noun phrase before the noun: a mention, punctuation, a clause's or a list's word. */
const PHRASE_ENDS = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013', 'and', 'or', 'but', 'that', 'which', 'of', 'in', 'on', 'to', 'for']);

/** The mention at `first` (with its "'s", if any) is the agent of an "invasion of/into" right after it. */
export function invasionAgent(items: SentenceItems, first: number): boolean {
  let p = first + 1;
  if (p < items.length && items.mention[p]! < 0 && items.keys[p] === "'s") p++;
  for (const last = p + MAX_MODIFIER_ITEMS; p < items.length && p <= last; p++) {
    if (items.mention[p]! >= 0) return false;
    const key = items.keys[p]!;
    if (key === INVASION) return p + 1 < items.length && items.mention[p + 1]! < 0 && TARGET_PREPOSITIONS.has(items.keys[p + 1]!);
    if (PHRASE_ENDS.has(key)) return false;
  }
  return false;
}

/**
 * Nouns of a prospect before "of": the invasion after them has not happened ("the risk of a Russian invasion of X",
 * "the possibility of Belarus's invasion of X").
 */
export const PROSPECT_HEADS: readonly string[] = [
  'risk', 'threat', 'possibility', 'prospect', 'prospects', 'danger', 'likelihood', 'fear', 'fears', 'potential',
  // Nor what is thought of or could be done: "criticized the idea of Russian forces attacking X", "the ability of Ukrainian forces to retake X".
  'idea', 'ideas', 'notion', 'scenario', 'scenarios', 'ability', 'capacity', 'chance', 'chances',
  'plan', 'plans', 'goal', 'goals', 'aim', 'aims', 'objective', 'objectives',
];
