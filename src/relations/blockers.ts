import type { SentenceItems } from './items.js';
import { takesOtherInfinitive } from './infinitive-blocker.js';

/** A clause ends at these: a blocker after them speaks of something else. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '?', '!', '(', ')']);
/** How far past the match a blocker still qualifies it ("met X on Monday by video link"). */
const TRAILING_ITEMS = 8;

/**
 * True when one of a rule's blocker words stands inside the matched items or in the rest of their clause:
 * "held phone talks with X", "met X by video link" are no meeting.
 */
export function isBlocked(items: SentenceItems, first: number, last: number, blockers: ReadonlySet<string>): boolean {
  for (let i = first; i <= last; i++) {
    if (items.mention[i]! < 0 && blockers.has(items.keys[i]!) && !falseFlag(items, i)) return true;
  }
  for (let i = last + 1; i < items.length && i <= last + TRAILING_ITEMS; i++) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (CLAUSE_ENDS.has(key) || purposeOpens(items, i) || namedClauseOpens(items, i)) return false;
    // "… are unlikely to advance further": the rest is the infinitive's event (infinitive-blocker.ts).
    if (blockers.has(key) && !falseFlag(items, i)) return !takesOtherInfinitive(items, i);
  }
  return false;
}

/** Conjunctions that open another clause when a name follows them as its subject. */
const CONJUNCTIONS = new Set(['but', 'while', 'whereas', 'although', 'though']);
/**
 * "but" and the like with a name right after (an article may stand between) open a clause about that name: in
 * "Russian warships shelled X but Russian naval infantry remain unlikely to land" the "unlikely" is the
 * landing's. Without a name ("… but the claim is false") the clause may still speak of the event.
 */
function namedClauseOpens(items: SentenceItems, i: number): boolean {
  if (!CONJUNCTIONS.has(items.keys[i]!)) return false;
  let next = i + 1;
  if (next < items.length && items.mention[next]! < 0 && ARTICLES.has(items.keys[next]!)) next++;
  return next < items.length && items.mention[next]! >= 0;
}

/**
 * "to" before a verb opens the event's purpose, whose words qualify the purpose: "withdrew from X into Y to
 * restore combat capabilities and possible redeployment" (not "… to Y are likely false", "… to the south").
 */
function purposeOpens(items: SentenceItems, i: number): boolean {
  if (items.keys[i] !== 'to') return false;
  const next = i + 1;
  return next < items.length && items.mention[next]! < 0 && /^[a-z]/.test(items.keys[next]!) && !ARTICLES.has(items.keys[next]!);
}
const ARTICLES = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her']);

/** "a false-flag attack", "a false flag operation" happened (as negation.ts reads it): that "false" blocks nothing. */
function falseFlag(items: SentenceItems, i: number): boolean {
  return items.keys[i] === 'false' && (items.keys[i + 1] === '-' || items.keys[i + 1] === 'flag');
}
