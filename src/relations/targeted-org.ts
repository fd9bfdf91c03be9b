import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { eventVerbs } from './rules/events.js';

/**
 * An organization named as what an offensive, an operation or a strike is against is no seat in the place after it:
 * in "launched an offensive against X in Y", "struck X in Y", "continued fighting X in Y" the place is the action's,
 * and X is its target (annotation guidelines: `locatedIn` is an organization's seat; an armed group's presence is
 * `operatesIn`, which the attack rules give the actor). Words governing the organization: "against" and the event
 * verbs (attack, capture, fight), an article between.
 */
const GOVERNING: ReadonlySet<string> = new Set(['against', ...eventVerbs]);

/** True when the organization at item `s` is governed by "against" or an event verb before it. */
export function orgAsTarget(doc: Doc, items: SentenceItems, s: number): boolean {
  if (doc.mentions[items.mention[s]!]!.type !== 'Organization') return false;
  let p = s - 1;
  if (p >= 0 && items.mention[p]! < 0 && (items.keys[p] === 'the' || items.keys[p] === 'a' || items.keys[p] === 'an')) p--;
  return p >= 0 && items.mention[p]! < 0 && GOVERNING.has(items.keys[p]!);
}
