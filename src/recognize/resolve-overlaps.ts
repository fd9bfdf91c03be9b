import type { Mention } from '../model/document.js';

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
    .slice()
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        b.end - b.start - (a.end - a.start) ||
        b.confidence - a.confidence ||
        a.start - b.start ||
        (a.recognizer < b.recognizer ? -1 : a.recognizer > b.recognizer ? 1 : 0),
    );
  const accepted: Mention[] = [];
  for (const m of ranked) {
    const clash = accepted.find((a) => a.start < m.end && m.start < a.end);
    if (!clash) accepted.push({ ...m });
    else if (clash.start === m.start && clash.end === m.end && clash.type === m.type) mergeInto(clash, m);
  }
  return accepted.sort((a, b) => a.start - b.start || a.end - b.end);
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
