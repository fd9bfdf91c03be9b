import type { Mention } from '../model/document.js';

/**
 * Settles overlapping candidate mentions into one consistent, sorted, non-overlapping set.
 *
 * Candidates are ranked by priority (the recognizer's and the rule's trust), then by length (longest
 * match wins: "Donetsk People's Republic Army Corps" beats "Donetsk"), then confidence, then position and
 * recognizer name so the result never depends on input order. Greedily accepted in that order; a candidate
 * that overlaps an accepted one is dropped. Demonyms do not compete with names: "Russian" inside a unit
 * name is dropped by the unit, but a demonym never removes a name.
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
    if (accepted.some((a) => a.start < m.end && m.start < a.end)) continue;
    accepted.push(m);
  }
  return accepted.sort((a, b) => a.start - b.start || a.end - b.end);
}
