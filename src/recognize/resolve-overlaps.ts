import type { Mention } from '../model/document.js';
import { MentionRecord } from '../model/records.js';

/**
 * Settles overlapping candidate mentions into one consistent, sorted, non-overlapping set.
 *
 * Candidates are ranked by priority (the recognizer's trust: the unit grammar beats a place name inside
 * "Donetsk People's Republic Army Corps"; demonyms rank lowest, so any name containing one wins), then by
 * length (longest match), then confidence, then position and recognizer name, so the result never depends
 * on the order recognizers ran in. They are accepted greedily in that order; a candidate overlapping an
 * accepted one is dropped — but when it covers exactly the same span with the same type, what it knows
 * (gazetteer record, canonical name, role, nationality) is kept on the winner.
 */
export function resolveOverlaps(candidates: readonly Mention[], minConfidence = 0): Mention[] {
  const ranked = candidates
    .filter((m) => m.confidence >= minConfidence && m.end > m.start)
    .map(rankOf)
    .sort(byRank)
    .map((r) => r.mention);
  // Accepted mentions never overlap, so kept sorted by start they are also sorted by end: the only one that
  // can overlap a candidate is the last one starting before the candidate's end. A binary search finds it,
  // where scanning every accepted mention made the resolver quadratic in the mentions of a document.
  const accepted: Mention[] = [];
  // The candidates stay unchanged: a winner is copied before a loser's knowledge is merged into it. Only
  // those are copied; most winners have no same-span rival, and copying every one cost a tenth of the resolver.
  let copies: Set<Mention> | undefined;
  for (const m of ranked) {
    const before = lastStartingBefore(accepted, m.end);
    const clash = before >= 0 && accepted[before]!.end > m.start ? accepted[before]! : undefined;
    if (!clash) accepted.splice(before + 1, 0, m);
    else if (clash.start === m.start && clash.end === m.end && clash.type === m.type) {
      copies ??= new Set();
      let winner = clash;
      if (!copies.has(winner)) {
        winner = accepted[before] = MentionRecord.copy(clash);
        copies.add(winner);
      }
      mergeInto(winner, m);
    }
  }
  return accepted;
}

/**
 * What the ranking compares, copied out of a mention. Each recognizer builds its mentions with its own set of
 * fields, so the mentions differ in shape and reading their fields in the comparator was slow; the copies
 * all have one shape.
 */
interface Rank {
  mention: Mention;
  priority: number;
  length: number;
  confidence: number;
  start: number;
  recognizer: string;
}

function rankOf(m: Mention): Rank {
  return { mention: m, priority: m.priority, length: m.end - m.start, confidence: m.confidence, start: m.start, recognizer: m.recognizer };
}

function byRank(a: Rank, b: Rank): number {
  return (
    b.priority - a.priority ||
    b.length - a.length ||
    b.confidence - a.confidence ||
    a.start - b.start ||
    (a.recognizer < b.recognizer ? -1 : a.recognizer > b.recognizer ? 1 : 0)
  );
}

/** Index of the last mention (sorted by start) that starts before `offset`, or -1. */
function lastStartingBefore(sorted: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Fills the winner's missing knowledge from a same-span, same-type loser. */
function mergeInto(winner: Mention, loser: Mention): void {
  if (!winner.ref && loser.ref) winner.ref = loser.ref;
  if (!winner.placeKind && loser.placeKind) winner.placeKind = loser.placeKind;
  if (!winner.canonical && loser.canonical) winner.canonical = loser.canonical;
  if (!winner.role && loser.role) winner.role = loser.role;
  if (!winner.nationality && loser.nationality) winner.nationality = loser.nationality;
  if (!winner.expansion && loser.expansion) winner.expansion = loser.expansion;
}
