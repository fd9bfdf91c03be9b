import type { Doc } from '../model/document.js';

/** "now", "recently", "in the future": true of the time of writing, not a date of the statement. */
const REFERENCE_ONLY = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

/** A date before the statement belongs to an earlier clause when a semicolon or ", and" / ", but" comes between. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\b/;

/** Dates before the statement count as further away than dates after it ("X visited Y on D" is the norm). */
const BEFORE_PENALTY = 2;

/** First index in doc.dates (sorted by start) whose start is ≥ offset. */
function firstDateFrom(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.dates[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The date a statement's clause gives: among the calendar dates in the same sentence and not in another
 * clause, the one nearest the matched stretch [start, end), preferring dates after it.
 */
export function clauseDate(doc: Doc, sentence: number, start: number, end: number): number | undefined {
  const s = doc.sentences[sentence]!;
  let best: number | undefined;
  let bestDistance = Infinity;
  for (let d = firstDateFrom(doc, s.start); d < doc.dates.length && doc.dates[d]!.start < s.end; d++) {
    const date = doc.dates[d]!;
    if ((date.timexType !== 'DATE' && date.timexType !== 'TIME') || REFERENCE_ONLY.has(date.value)) continue;
    const distance = date.start >= end ? date.start - end : date.end <= start ? (start - date.end) * BEFORE_PENALTY : 0;
    if (distance >= bestDistance) continue;
    if (date.start >= end ? doc.text.slice(end, date.start).includes(';') : date.end <= start && CLAUSE_BREAK.test(doc.text.slice(date.end, start))) continue;
    best = d;
    bestDistance = distance;
  }
  return best;
}
