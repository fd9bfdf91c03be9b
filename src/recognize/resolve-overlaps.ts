import type { Mention } from '../model/document.js';
import { MentionRecord } from '../model/records.js';
import { mapPacked } from '../model/packed-list.js';

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
  // The candidates are sorted as they are, without a copy of the fields the ranking compares per candidate:
  // that copy (a `Rank` object each) was made when recognizers built mentions of different shapes, and
  // every mention now has MentionRecord's one shape (see src/model/records.ts).
  const ranked = candidates.filter((m) => m.confidence >= minConfidence && m.end > m.start);
  let extent = 0;
  for (const m of ranked) if (m.end > extent) extent = m.end;
  ranked.sort(byRank);
  // Which accepted mention covers each character (index + 1; 0 for none). Accepted mentions never overlap,
  // so a candidate clashes exactly when one of its characters is covered, and a same-span rival covers them
  // all. Checking a candidate costs its length. (Keeping `accepted` sorted by start and inserting with
  // Array.splice made the resolver quadratic in a document's mentions: a 12 MB document spent most of its
  // 31 s recognize stage there, issue #14.) The accepted mentions are sorted by start once, at the end.
  const cover = coverOf(extent);
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
  return byStart(accepted, cover);
}

/**
 * The character cover, one Int32Array reused from document to document and zeroed up to `extent`: a new
 * array per document was an off-heap allocation for each of them.
 */
let coverBuffer = new Int32Array(1 << 16);

function coverOf(extent: number): Int32Array {
  if (extent > coverBuffer.length) coverBuffer = new Int32Array(Math.max(extent, coverBuffer.length * 2));
  const cover = coverBuffer.subarray(0, extent);
  cover.fill(0);
  return cover;
}

/** Start offsets of the accepted mentions, in a reused array (see `byStart`). */
let startsBuffer = new Int32Array(1024);

/**
 * The accepted mentions by start. They never overlap, so their starts are distinct and `cover` names the
 * mention at each start: sorting the starts as numbers (a typed array's sort, no comparator calls) gives
 * the same order as sorting the mentions by start.
 */
function byStart(accepted: Mention[], cover: Int32Array): Mention[] {
  const n = accepted.length;
  if (n > startsBuffer.length) startsBuffer = new Int32Array(Math.max(n, startsBuffer.length * 2));
  const starts = startsBuffer.subarray(0, n);
  for (let k = 0; k < n; k++) starts[k] = accepted[k]!.start;
  starts.sort();
  // Pushed, not `map`ped: this list becomes `doc.mentions`, and an optimized `map` makes it holey (packed-list.ts).
  return mapPacked(accepted, (_, k) => accepted[cover[starts[k]!]! - 1]!);
}

function byRank(a: Mention, b: Mention): number {
  return (
    b.priority - a.priority ||
    (b.end - b.start) - (a.end - a.start) ||
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
