import type { SentenceItems } from './items.js';
import { eventVerbs } from './rules/events.js';
import { firstItem } from './item-extremes.js';

/**
 * The subject of a relative clause acts only inside it: in "Russian forces attacked A, which Ukrainian forces
 * liberated in September, and shelled B" the clause "which Ukrainian forces liberated in September" ends at its
 * comma, and "and shelled B" goes on with the main clause's subject. The event rules' actor words may cross a comma
 * that an "and" closes (for lists of modifiers: "air, missile, and artillery strikes"), so a relative clause's
 * subject could be read as the actor of the main clause's next verb.
 *
 * True when the actor at item `first` opens a non-restrictive relative clause (", which|where|who", "the" between)
 * and, before the match's first object, a comma, a coordinator and a past verb of an event go on after it (", and
 * shelled"): a list of modifiers inside the clause (", where Russian forces attacked the northern, western, and
 * southern outskirts of B") has no verb after its "and". O(match).
 */
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);
const COORDINATORS = new Set(['and', 'or', 'but']);
const ADVERBS = new Set(['then', 'also', 'later', 'reportedly', 'subsequently', 'additionally', 'likely']);
/** Past forms of the event verbs (rules/events.ts): a finite verb of the main clause after the link. */
const IRREGULAR_PAST = new Set(['struck', 'hit', 'took', 'fought', 'overran', 'retook', 'withdrew', 'fled', 'broke']);
const PAST_EVENT_VERBS: ReadonlySet<string> = new Set([...eventVerbs.filter((w) => w.endsWith('ed')), ...IRREGULAR_PAST, 'conducted', 'continued', 'launched', 'fired']);

export function relativeSubjectLeft(items: SentenceItems, first: number, objects: readonly number[]): boolean {
  if (items.mention[first]! < 0) return false;
  let p = first - 1;
  if (p >= 0 && items.mention[p]! < 0 && items.keys[p] === 'the') p--;
  if (p < 1 || !isWord(items, p, RELATIVE_WORDS) || !isWord(items, p - 1, COMMA)) return false;
  const end = firstItem(objects);
  for (let i = first + 1; i < end - 2; i++) {
    if (!isWord(items, i, COMMA) || !isWord(items, i + 1, COORDINATORS)) continue;
    let v = i + 2;
    if (isWord(items, v, ADVERBS)) v++;
    if (isWord(items, v, PAST_EVENT_VERBS)) return true;
  }
  return false;
}

const COMMA: ReadonlySet<string> = new Set([',']);
const isWord = (items: SentenceItems, i: number, words: ReadonlySet<string>): boolean => i >= 0 && i < items.length && items.mention[i]! < 0 && words.has(items.keys[i]!);
