import type { Candidate } from './rule.js';

/**
 * Keeps one consistent set of candidates from a stretch of text: the longest wins, then the higher
 * priority, then the earlier start, so "October 15, 2025" beats "October" and "2025" inside it.
 * Candidates arrive per sentence, so the quadratic check runs over a handful of items.
 */
export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  if (candidates.length <= 1) return [...candidates];
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
