/**
 * Kill points for the interruption tests: with NEWSGRAPH_PAUSE_AT=<point> in the environment the run
 * announces "paused at <point>" on stderr when it gets there and waits to be killed (SIGKILL, SIGINT), so
 * a test can interrupt it at an exact moment instead of racing a timer. Points: `documents:<n>` (after n
 * documents are processed), `parts:<n>` (n parts of a long document are written, run/extract.ts),
 * `merge:<phase>` (a phase of the merge begins), `publish` (half of the outputs are moved into place).
 * Unset, these are no-ops.
 */
const wanted = (point: string): boolean => process.env.NEWSGRAPH_PAUSE_AT === point;

/** Waits without blocking the event loop, so signal handlers still run. */
export async function pauseAt(point: string): Promise<void> {
  if (!wanted(point)) return;
  process.stderr.write(`paused at ${point}\n`);
  await new Promise(() => setInterval(() => {}, 1 << 30));
}

/** Waits blocking this thread (for points inside synchronous code: only a SIGKILL ends it). */
export function pauseAtSync(point: string): void {
  if (!wanted(point)) return;
  process.stderr.write(`paused at ${point}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}
