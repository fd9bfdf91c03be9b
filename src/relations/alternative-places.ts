import type { Doc, Mention } from '../model/document.js';

/**
 * Places offered as alternatives ("in [A] or [B]", "near [A], [B], or [C]") say the writer does not know which one: the
 * actor is not stated to be at any of them ("recruits believed to have trained in [Red Hand] camps in [A] or [B]").
 * Branch armed7: 2 such operatesIn on the wire-news dev split, neither in the gold, once armed groups read like units.
 */
const NAME = "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019.-]*)*";
const OR_AFTER = new RegExp(`^(?:\\s*,\\s*(?:the\\s+)?${NAME})*\\s*,?\\s+or\\s+(?:the\\s+)?\\p{Lu}`, 'u');
export const OR_BEFORE = new RegExp(`${NAME}\\s*,?\\s+or\\s+(?:the\\s+)?$`, 'u');
/**
 * What every match of OR_BEFORE holds ("or" between white space), tested first: OR_BEFORE is not anchored at its
 * start, so the engine tries its names' nested repeats from every capital letter of the window, and almost no window
 * ends in "or". A warm pass over the 2 MB bench corpus tests 3,131 windows, none matching: 7.2 ms with OR_BEFORE alone,
 * 0.16 ms behind this test (the pass's windows replayed, best of 9; over the 294 ISW reports 1,384 windows, 2.7 → 0.26 ms;
 * branch speed20).
 */
export const OR_WORD = /\sor\s/u;
/** Enough text for a few names of a list. */
const REACH = 80;

/** The place at `m` is one of places joined by "or". */
export function amongAlternatives(doc: Doc, m: Mention): boolean {
  if (OR_AFTER.test(doc.text.slice(m.end, m.end + REACH))) return true;
  const before = doc.text.slice(Math.max(0, m.start - REACH), m.start);
  return OR_WORD.test(before) && OR_BEFORE.test(before);
}
