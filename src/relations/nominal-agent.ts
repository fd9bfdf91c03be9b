import type { SentenceItems } from './items.js';

/**
 * Words before "of" that say the attack after them happened, whatever its nationality's article: its traces ("the
 * aftermath of Ukrainian strikes on X", "footage of Russian shelling near X"), reports and claims of it ("reports of
 * Ukrainian strikes near X", "claims of Ukrainian attacks on X": reported and claimed events are kept, annotation
 * guidelines), their count or repetition ("a series of Ukrainian strikes in X", "another round of Ukrainian strikes
 * on X", "the intensification of Russian assaults in X") and their effect ("died as a result of Freedonian shelling on
 * positions in X"). A topic's word ("the pace of", "the threat of", "progress of") is none of these and still owns the
 * nationality. (Branch iswatk4: on the 294 ISW reports, 24 sentences "<word> of Ukrainian/Russian strikes|attacks … on|in
 * X" had one of these words, 2 of them read before.)
 */
export const WITNESSED: ReadonlySet<string> = new Set([
  'aftermath', 'evidence', 'footage', 'imagery', 'images', 'photos', 'videos', 'video', 'traces',
  'report', 'reports', 'reporting', 'claim', 'claims', 'accounts',
  'series', 'wave', 'waves', 'round', 'rounds', 'spate', 'string', 'barrage', 'intensification', 'escalation', 'increase',
  'result', 'results', 'wake', 'consequence', 'consequences', 'victims', 'casualties',
  // Knowing of it presupposes it: "commanders are unaware of Ukrainian strikes on depots in X".
  'unaware', 'aware',
  // So does where it is fought: "areas of Ukrainian counteroffensives near X" (branch rec11a, 1 of fresh11's missed attacks).
  'areas',
]);

/**
 * After "of" and a definite article, a nationality before an attack noun owns the attack as a topic, not as an event
 * the sentence reports: "the slow pace of the Russian offensive near X", "command of the Russian offensive in X" (as
 * actor.ts reads an actor after "of"; "the aftermath of one Ukrainian strike on X" names one strike, which happened, and
 * so do the WITNESSED words before "of").
 * True when the nationality at item `first` is so governed (RelationRuleSpec.nominalAgent).
 */
export function ownedByOf(items: SentenceItems, first: number): boolean {
  let p = first - 1;
  const word = (i: number): string | undefined => (i >= 0 && items.mention[i]! < 0 ? items.keys[i] : undefined);
  const article = word(p);
  if (article === 'a' || article === 'an') return false;
  if (article === 'the') p--;
  return word(p) === 'of' && !WITNESSED.has(word(p - 1) ?? '');
}
