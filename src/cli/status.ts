import type { Command } from 'commander';
import { DEFAULT_REDIS } from './enqueue.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('Queue mode: where run <name> stands — queued, active, done, failed (with reasons), throughput.')
    .option('--redis <url>', 'Redis of the queue (or $NEWSGRAPH_REDIS)', DEFAULT_REDIS)
    .requiredOption('--run <name>', 'the run')
    .option('--json', 'as JSON')
    .action(async (opts: { redis: string; run: string; json?: boolean }) => {
      const [{ withRun }, { runState }] = await Promise.all([import('../queue/open-run.js'), import('../queue/run-state.js')]);
      await withRun(opts.redis, opts.run, async ({ store, queue, meta }) => {
        const s = await runState(store, queue);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ run: opts.run, out: meta.out, jobs: s.jobs, documents: s.documents, throughput: s.throughput, failedJobs: Object.fromEntries(s.failedJobs), failedDocuments: Object.fromEntries(s.failedDocuments) }, null, 2)}\n`);
          return;
        }
        const d = s.documents;
        const j = s.jobs;
        const lines = [
          `run ${opts.run} → ${meta.out}`,
          `documents: ${d.total} — queued ${d.queued}, active ${d.active}, done ${d.done}, failed ${d.failed}`,
          `jobs:      ${j.total} — queued ${j.queued}, active ${j.active}, done ${j.done}, failed ${j.failed}`,
          `throughput: ${s.throughput.overall.toFixed(1)} docs/s since the first job started, ${s.throughput.lastMinute.toFixed(1)} docs/s over the last minute`,
          ...[...s.failedJobs].map(([id, why]) => `failed job ${id}: ${why}`),
          ...[...s.failedDocuments].map(([key, why]) => `failed document ${key}: ${why}`),
        ];
        process.stdout.write(`${lines.join('\n')}\n`);
      });
    });
}
