/**
 * Linear-time checks compare sizes, never absolute times: the same work on 1× and 4× input, each timed
 * as the least of a few runs (the least is the run the shared machine disturbed least), and the ratio of
 * the two. Linear work gives about 4; quadratic work 16.
 */
export function growthRatio(timeAt: (scale: number) => number, runs = 3): number {
  const least = (scale: number): number => Math.min(...Array.from({ length: runs }, () => timeAt(scale)));
  // Warm-up at the larger size: the first runs compile the code paths and grow the heap to its working size.
  timeAt(4);
  const small = least(1);
  const large = least(4);
  return large / Math.max(small, 1);
}
