import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * A trip or a meeting still to come is none (annotation guidelines, wire news: "planned, scheduled or agreed trips,
 * meetings … → nothing"). The rules' gaps stop at a plan between the traveller and the verb ("is scheduled to visit");
 * this reads the shapes whose sign of the future stands before the traveller or is an infinitive of the future:
 * - a temporal clause in the present: "when X visits Y in early July", "before X visits Y next week", "when X meets
 *   with Y in Z this week" (wire news writes a past or an ongoing trip in the past or the progressive);
 * - a trip named by a noun that something comes ahead of: "ahead of X's visit to Y", "on the eve of X's visit to Y";
 * - "is to meet", "are due to meet", "is set to visit": the infinitive after a word of the future.
 * Branch iswprec3, on 1,110 wire-news stretches far from the gold windows (stretches.mjs seeds 41, 97, 131): 19
 * `visited`/`metWith` statements removed, all 19 wrong (a trip or meeting to come); the 294 ISW reports and the three
 * dev splits unchanged.
 */
const TEMPORAL = new Set(['when', 'whenever', 'before', 'once', 'until', 'till']);
/** Present forms of travelling and meeting: in a temporal clause they speak of what is to come. */
const PRESENT_TRIP = new Set(['visits', 'meets', 'arrives', 'travels', 'tours', 'holds', 'goes', 'flies', 'heads', 'confers']);
/** "ahead of", "on the eve of", "in advance of" X's trip. */
const AHEAD = new Set(['ahead', 'eve', 'advance']);
/** Words before "to" that make the infinitive a trip to come: "is to meet", "are due to meet", "is set to visit". */
const FUTURE_BEFORE_TO = new Set(['is', 'are', 'due', 'set', 'slated']);
const TRIP_VERBS = new Set(['meet', 'visit', 'travel', 'hold', 'tour', 'arrive', 'confer']);
/** How many items (a nationality, a country, a title the recognizer left out: "U.S. President X") may stand before the traveller. */
const QUALIFIERS_BEFORE = 3;
const CAPITAL = /^[A-Z]/;

export function tripToCome(doc: Doc, items: SentenceItems, first: number, last: number): boolean {
  // The word before the traveller, past a nationality, a country or a capitalised title before the name, and a "the".
  let p = first - 1;
  // A match that opens with the verb ("meets with Y in Z", read for Y's visit) has its traveller before it.
  if (items.mention[first]! < 0 && p >= 0 && items.mention[p]! >= 0 && doc.mentions[items.mention[p]!]!.type === 'Person') p--;
  for (let n = 0; p >= 0 && n < QUALIFIERS_BEFORE; n++, p--) {
    const m = items.mention[p]!;
    if (m >= 0 ? doc.mentions[m]!.type === 'Person' : TEMPORAL.has(items.keys[p]!) || !CAPITAL.test(doc.text.slice(items.start[p]!, items.start[p]! + 1))) break;
  }
  if (p >= 0 && items.keys[p] === 'the') p--;
  const before = p >= 0 && items.mention[p]! < 0 ? items.keys[p]! : '';
  if (TEMPORAL.has(before)) {
    for (let i = first; i <= last; i++) if (items.mention[i]! < 0 && PRESENT_TRIP.has(items.keys[i]!)) return true;
  }
  if (before === 'of' && p >= 1 && AHEAD.has(items.keys[p - 1]!)) return true;
  for (let i = first + 2; i < last; i++) {
    if (items.keys[i] === 'to' && FUTURE_BEFORE_TO.has(items.keys[i - 1]!) && TRIP_VERBS.has(items.keys[i + 1]!)) return true;
  }
  return false;
}
