import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Linear-time checks compare sizes, never absolute times: the same work on 1× and 4× input, each timed
 * as the least of a few runs, and the ratio of the two. Linear work gives about 4; quadratic work 16.
 *
 * Timed in CPU time of this process (user + system), not wall clock: on a shared machine the wall clock
 * of a run also counts the time other processes held the core, which made a linear resolver measure 6.6×
 * during a full test run at load ≈ 6 (issue #14's check failed with nothing wrong). `prepare` builds the
 * input outside the timing and returns the work to time.
 *
 * Bound the ratio by LINEAR_BOUND, the geometric midpoint of linear (4) and quadratic (16): a bound of 5 failed
 * once more with nothing wrong (5.53 for the linear resolver, full test run at load ≈ 9: the process's CPU time
 * also holds V8's garbage-collection threads, whose work grows with the heap), while quadratic work stays far above 8.
 */
export const LINEAR_BOUND = 8;

function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export function growthRatio(prepare: (scale: number) => () => unknown, runs = 3): number {
  const collect = exposedGc();
  const cpuMs = (scale: number): number => {
    const work = prepare(scale);
    collect();
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  };
  const least = (scale: number): number => Math.min(...Array.from({ length: runs }, () => cpuMs(scale)));
  // Warm-up at the larger size: the first runs compile the code paths and grow the heap to its working size.
  cpuMs(4);
  const small = least(1);
  const large = least(4);
  return large / Math.max(small, 1);
}
