/**
 * Linear-time checks compare sizes, never absolute times: the same work on 1× and 4× input, each timed
 * as the least of a few runs (the least is the run the shared machine disturbed least), and the ratio of
 * the two. Linear work gives about 4; quadratic work 16.
 */
export function growthRatio(timeAt: (scale: number) => number, runs = 3): number {
  const least = (scale: number): number => Math.min(...Array.from({ length: runs }, () => timeAt(scale)));
  least(1); // warm-up: the first run also compiles the code paths
  const small = least(1);
  const large = least(4);
  return large / Math.max(small, 1);
}
