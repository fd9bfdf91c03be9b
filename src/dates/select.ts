import type { Candidate } from './rule.js';

/**
 * Some candidate of `kept` overlaps `c`. A loop, not a closure over the candidate in selectCandidates' loop, which
 * made V8 allocate a context for every candidate ranked (1.4 MB per warm pass over the 294 ISW reports with the
 * function's own lists; heap sampling, 25f0bbd).
 */
function overlapsAny(kept: readonly Candidate[], c: Candidate): boolean {
  for (const k of kept) if (c.start < k.end && k.start < c.end) return true;
  return false;
}

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
    if (!overlapsAny(kept, c)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
