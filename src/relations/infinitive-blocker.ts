import type { SentenceItems } from './items.js';

/** After "to be", words that judge a claim rather than name another event: "claims … are unlikely to be true". */
const TRUTH = new Set(['true', 'accurate', 'correct', 'genuine', 'real', 'credible', 'confirmed', 'verified', 'false', 'exaggerated', 'the', 'a', 'an']);
const ARTICLES = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her']);
/**
 * Only words of likelihood: a rule's other blockers keep their own reading before "to" (force-fighting.ts blocks
 * "groups that attempted to attack X" on purpose).
 */
const LIKELIHOOD = new Set(['unlikely', 'likely', 'possible', 'potential', 'hypothetical']);

/**
 * A blocker word of unreality that takes an infinitive speaks of the infinitive's event, not of the one matched
 * before it: in "Russian forces withdrawn from X are unlikely to provide meaningful combat power" and "captured X
 * and are unlikely to advance further" the withdrawal and the capture happened; what is unlikely is what follows
 * "to". Not "unlikely to be true" (a judgment of the claim itself) nor "to the south" (no verb).
 */
export function takesOtherInfinitive(items: SentenceItems, i: number): boolean {
  if (!LIKELIHOOD.has(items.keys[i]!)) return false;
  const to = i + 1;
  const verb = i + 2;
  if (verb >= items.length || items.mention[to]! >= 0 || items.keys[to] !== 'to' || items.mention[verb]! >= 0) return false;
  const word = items.keys[verb]!;
  if (!/^[a-z]/.test(word) || ARTICLES.has(word)) return false;
  if (word === 'be' || word === 'have') {
    const next = verb + 1;
    return next < items.length && items.mention[next]! < 0 && /^[a-z]/.test(items.keys[next]!) && !TRUTH.has(items.keys[next]!);
  }
  return true;
}
