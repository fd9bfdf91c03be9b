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
  // Which accepted mention covers each character (index + 1; 0 for none). Accepted mentions never overlap,
  // so a candidate clashes exactly when one of its characters is covered, and a same-span rival covers them
  // all. Checking a candidate costs its length. (Keeping `accepted` sorted by start and inserting with
  // Array.splice made the resolver quadratic in a document's mentions: a 12 MB document spent most of its
  // 31 s recognize stage there, issue #14.) The accepted mentions are sorted by start once, at the end.
  let extent = 0;
  for (const r of ranked) if (r.end > extent) extent = r.end;
  const cover = new Int32Array(extent);
  const accepted: Mention[] = [];
  // The candidates stay unchanged: a winner is copied before a loser's knowledge is merged into it. Only
  // those are copied; most winners have no same-span rival, and copying every one cost a tenth of the resolver.
  let copies: Set<Mention> | undefined;
  for (const m of ranked) {
    let covering = 0;
    for (let c = m.start; c < m.end && covering === 0; c++) covering = cover[c]!;
    if (covering === 0) {
      accepted.push(m);
      cover.fill(accepted.length, m.start, m.end);
      continue;
    }
    const clash = accepted[covering - 1]!;
    if (clash.start === m.start && clash.end === m.end && clash.type === m.type) {
      copies ??= new Set();
      let winner = clash;
      if (!copies.has(winner)) {
        winner = accepted[covering - 1] = MentionRecord.copy(clash);
        copies.add(winner);
      }
      mergeInto(winner, m);
    }
  }
  accepted.sort((a, b) => a.start - b.start);
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

/** Fills the winner's missing knowledge from a same-span, same-type loser. */
function mergeInto(winner: Mention, loser: Mention): void {
  if (!winner.ref && loser.ref) winner.ref = loser.ref;
  if (!winner.placeKind && loser.placeKind) winner.placeKind = loser.placeKind;
  if (!winner.canonical && loser.canonical) winner.canonical = loser.canonical;
  if (!winner.role && loser.role) winner.role = loser.role;
  if (!winner.nationality && loser.nationality) winner.nationality = loser.nationality;
  if (!winner.expansion && loser.expansion) winner.expansion = loser.expansion;
}
