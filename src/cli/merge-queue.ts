import { mergeDistributed } from '../merge/merge-run.js';
import type { RunSummary } from '../model/run-summary.js';
import { withRun } from '../queue/open-run.js';
import { failuresOf, runState, type RunState } from '../queue/run-state.js';
import { listShards } from '../shard/store.js';
import { workPaths } from '../sinks/output-files.js';

const POLL_MS = 1000;
/** Without a terminal, a progress line this often (for logs). */
const PLAIN_EVERY_MS = 5000;

/**
 * `newsgraph merge --redis … --run <name>`: waits until every job of the run is done or failed for good
 * (or, with --no-wait, refuses a run that is not), then merges the shards the workers wrote in the run's
 * folder into the outputs, as `extract` would have written them.
 */
export async function mergeQueueRun(opts: { redis: string; run: string; outDir: string; wait: boolean; say: (line: string) => void; tty: boolean }): Promise<RunSummary> {
  return withRun(opts.redis, opts.run, async ({ store, queue, meta }) => {
    let state: RunState;
    let lastPlain = 0;
    for (;;) {
      state = await runState(store, queue);
      const open = state.jobs.queued + state.jobs.active;
      const d = state.documents;
      const line = `merge ${opts.run}: waiting — ${d.done + d.failed}/${d.total} documents (${d.queued} queued, ${d.active} active, ${d.failed} failed), ${state.throughput.lastMinute.toFixed(1)} docs/s`;
      if (open === 0) break;
      if (!opts.wait) throw new Error(`run "${opts.run}" is not finished: ${state.jobs.queued} jobs queued, ${state.jobs.active} active (merge without --no-wait waits for them)`);
      if (opts.tty) process.stderr.write(`\r\x1b[K${line}`);
      else if (Date.now() - lastPlain >= PLAIN_EVERY_MS) {
        lastPlain = Date.now();
        opts.say(line);
      }
      await new Promise((done) => setTimeout(done, POLL_MS));
    }
    if (opts.tty) process.stderr.write('\r\x1b[K');
    return mergeDistributed({ pipeline: meta.pipeline, shards: listShards(workPaths(meta.out).shards), inputs: await store.files(), failures: failuresOf(state) }, opts.outDir, (phase) => opts.say(`merge: ${phase}`));
  });
}
