import type { Doc } from '../model/document.js';

/** "now", "recently", "in the future": true of the time of writing, not a date of the statement. */
const REFERENCE_ONLY = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

/** A date before the statement belongs to an earlier clause when a semicolon or ", and" / ", but" comes between. */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas)\b/;

/**
 * A date before the statement belongs to the main clause when the statement sits in a subordinate clause
 * opened after it and not yet closed by a comma: "met X on May 3, two weeks after a delegation visited Y".
 * ("On May 3, after talks, X visited Y" closes the subordinate clause with a comma: the date stays.)
 */
const OPEN_SUBORDINATE_CLAUSE = /\b(?:after|before|since|until|when|while|once)\b[^,;]*$/;

/** Dates before the statement count as further away than dates after it ("X visited Y on D" is the norm). */
const BEFORE_PENALTY = 2;

/** Words that, right after a comma, resume a clause's predicate: "HTS, once led by X, was dissolved …". */
const PREDICATE_WORDS =
  'was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|did|does|do|remains|remained|said|says|became|becomes';
/** ", <adverb> <finite verb>" after the statement: what follows belongs to another predicate. */
const RESUMPTION = new RegExp(`,\\s+(?:[a-z]+ly\\s+)?(?:${PREDICATE_WORDS}|[a-z]+ed)\\b`);
/** The statement is an aside (a reduced relative clause or an apposition) when a resumption follows it at once. */
const ASIDE_END = new RegExp(`^\\s*${RESUMPTION.source}`);
/** Enough text after the statement to see a resumption. */
const LOOK_AHEAD = 40;
/**
 * Dates further than this many characters from the statement are not looked at: in real sentences a
 * clause break comes long before (news sentences rarely pass 400 characters), and without a bound a
 * sentence without punctuation made every match weigh every date of the sentence against the text
 * between them — 88 KB of "… on May 3, 2024 of the …" took 78 s in the relations stage (issue #14).
 */
const DATE_REACH = 1000;

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

/** A date after the statement is in another clause past a semicolon or where another predicate resumes. */
function laterClause(between: string): boolean {
  return between.includes(';') || RESUMPTION.test(between);
}

/** A date before the statement is in another clause past a clause break or a subordinate clause's opening. */
function earlierClause(between: string): boolean {
  return CLAUSE_BREAK.test(between) || OPEN_SUBORDINATE_CLAUSE.test(between);
}

/**
 * The date a statement's clause gives: among the calendar dates in the same sentence and not in another
 * clause, the one nearest the matched stretch [start, end), preferring dates after it. A statement made in
 * an aside ("HTS, the group once led by X, was dissolved last year") has no date but one inside it: the
 * sentence's dates belong to the clause around it.
 */
export function clauseDate(doc: Doc, sentence: number, start: number, end: number): number | undefined {
  const s = doc.sentences[sentence]!;
  const from = Math.max(s.start, start - DATE_REACH);
  const to = Math.min(s.end, end + DATE_REACH);
  const firstDate = firstDateFrom(doc, from);
  // A sentence without dates has none to give: skip the look for an aside, which only filters dates.
  if (firstDate >= doc.dates.length || doc.dates[firstDate]!.start >= to) return undefined;
  const aside = ASIDE_END.test(doc.text.slice(end, Math.min(s.end, end + LOOK_AHEAD)));
  let best: number | undefined;
  let bestDistance = Infinity;
  for (let d = firstDate; d < doc.dates.length && doc.dates[d]!.start < to; d++) {
    const date = doc.dates[d]!;
    if ((date.timexType !== 'DATE' && date.timexType !== 'TIME') || REFERENCE_ONLY.has(date.value)) continue;
    const inside = date.start >= start && date.end <= end;
    if (aside && !inside) continue;
    const distance = date.start >= end ? date.start - end : date.end <= start ? (start - date.end) * BEFORE_PENALTY : 0;
    if (distance >= bestDistance) continue;
    if (date.start >= end ? laterClause(doc.text.slice(end, date.start)) : date.end <= start && earlierClause(doc.text.slice(date.end, start))) continue;
    best = d;
    bestDistance = distance;
  }
  return best;
}
