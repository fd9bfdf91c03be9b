import type { Doc, Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * A unit named in quotes is one item with its quotes and the lower-case echelon phrase after them: in 'the
 * “Vega” volunteer battalion deployed to X' the rules see 'the <unit> deployed to X', as they do for 'the 5th
 * Battalion deployed to X'. The recognizers name the quoted words only (recognize/recognizers/quoted-unit.ts),
 * and a quote or an echelon noun between a unit and its verb would stop every rule's word gaps.
 */

const OPEN_QUOTES = new Set(['“', '"', '”', '«']);
const CLOSE_QUOTES = new Set(['”', '"', '»']);
/** The echelon nouns the quoted-unit recognizer reads next to a quoted name. */
const ECHELONS = new Set(['battalion', 'company', 'platoon', 'detachment', 'regiment', 'brigade', 'division', 'squad', 'unit']);
/**
 * A plural echelon names the units of a coordination ("the “A” and “B” battalions") and closes it: what an
 * "and" adds after it is a group of its own (partOfGroupBoundary).
 */
const PLURAL_ECHELONS = new Set(['battalions', 'companies', 'platoons', 'detachments', 'regiments', 'brigades', 'divisions', 'squads', 'units']);
/** Lower-case words allowed between the quote and the echelon ("volunteer engineer-sapper battalion"). */
const MAX_MODIFIERS = 3;
const LOWER_WORD = /^[a-z][a-z-]*$/;

/** The unit mention opens right after an opening quote token `before` (an index into doc.tokens, or -1). */
export function opensQuote(doc: Doc, m: Mention, before: number): boolean {
  return m.type === 'MilitaryUnit' && before >= 0 && doc.tokens.end[before] === m.start && OPEN_QUOTES.has(doc.tokens.text[before]!);
}

/**
 * Where the item of a quoted unit mention ends: after its closing quote and, when an echelon noun follows
 * (after up to three lower-case modifiers), after that noun. `after` is the index of the first token past the
 * mention, `end` one past the sentence's last token, `limit` where the next mention starts (nothing of it is
 * folded in). Returns the end offset of the last token folded in.
 */
export function quotedUnitEnd(doc: Doc, m: Mention, after: number, end: number, limit: number): number {
  const tokens = doc.tokens;
  if (after >= end || tokens.start[after] !== m.end || !CLOSE_QUOTES.has(tokens.text[after]!)) return m.end;
  for (let k = after + 1, words = 0; k < end && words <= MAX_MODIFIERS && tokens.end[k]! <= limit; k++, words++) {
    const key = tokens.text[k]!;
    if (ECHELONS.has(key)) return tokens.end[k]!;
    if (PLURAL_ECHELONS.has(key)) return tokens.end[k]!;
    if (!LOWER_WORD.test(key)) break;
  }
  return tokens.end[after]!;
}

/** Item `i` is a unit item that folded in a plural echelon ("“A” and “B” battalions"): its group ends there. */
function closesGroup(doc: Doc, items: SentenceItems, i: number): boolean {
  const m = items.mention[i]!;
  if (m < 0 || items.end[i]! <= doc.mentions[m]!.end) return false;
  const tail = doc.text.slice(doc.mentions[m]!.end, items.end[i]!);
  return PLURAL_ECHELONS.has(tail.slice(tail.lastIndexOf(' ') + 1));
}

/**
 * A group closed by a plural echelon lies between the subject item `s` and the object item `o`: in "Y's “A” and
 * “B” battalions and the C of the D", Y owns A and B, not C, and D owns C, not A and B. Read for partOf only:
 * the units of both groups still do what the sentence says they did.
 */
export function groupBoundaryBetween(doc: Doc, items: SentenceItems, s: number, o: number): boolean {
  const from = Math.min(s, o + 1);
  const to = Math.max(s, o);
  for (let i = from; i < to; i++) if (closesGroup(doc, items, i)) return true;
  return false;
}
