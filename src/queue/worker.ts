import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { Piscina } from 'piscina';
import type { SourceDocument } from '../model/document.js';
import { packageRoot } from '../model/package-root.js';
import { loadInputFile } from '../read/load.js';
import { documentKey } from '../shard/key.js';
import { workPaths } from '../sinks/output-files.js';
import type { WorkerCheck, WorkerResult, WorkerSetup, WorkerTask } from '../run/worker.js';
import { WINDOW_CHARS } from '../run/windows.js';
import { QUEUE_NAME } from './connection.js';
import type { JobData, JobResult } from './jobs.js';
import { RunStore, type RunMeta } from './run-store.js';

export interface QueueWorkerOptions {
  /** Jobs at once, each in its own worker thread. */
  concurrency: number;
  /** BullMQ's lock on an active job and how often stalled jobs are looked for (ms): how soon a killed worker's job runs again. */
  stalledInterval: number;
  say: (line: string) => void;
}

/**
 * `newsgraph worker`: takes jobs of any run from the queue and processes each batch with the same pipeline
 * and shard writer as `extract --concurrency` (run/worker.ts, in worker threads: the event loop stays free
 * to renew BullMQ's job locks however long a batch takes), writing the shards into the run's folder.
 *
 * A job is idempotent: its shard file is named by its documents' keys and written atomically, so a job
 * run again (its worker killed, its lock lost) rewrites the same bytes. A worker killed mid-job leaves
 * the job active without a lock; BullMQ's stalled check moves it back to waiting and another worker takes
 * it. An error in a job (an unreadable file) is retried with backoff up to the job's attempts, then the
 * job is recorded as failed with its reason. While Redis is down the worker waits and reconnects.
 */
export function startWorker(redis: Redis, options: QueueWorkerOptions): { worker: Worker<JobData, JobResult>; close: () => Promise<void> } {
  const pools = new Map<string, { pool: Piscina; ready: Promise<void> }>();
  const metas = new Map<string, RunMeta>();
  const stores = new Map<string, RunStore>();
  const storeOf = (run: string): RunStore => {
    let s = stores.get(run);
    if (!s) stores.set(run, (s = new RunStore(redis, run)));
    return s;
  };
  const metaOf = async (run: string): Promise<RunMeta> => {
    let meta = metas.get(run);
    if (!meta) {
      meta = await storeOf(run).meta();
      if (!meta) throw new Error(`run "${run}" has no meta in Redis (was it deleted?)`);
      metas.set(run, meta);
    }
    return meta;
  };
  /** One thread pool per run (its pipeline and shard folder), built once and checked. */
  const poolOf = async (run: string, meta: RunMeta): Promise<Piscina> => {
    let entry = pools.get(run);
    if (!entry) {
      const dir = workPaths(meta.out).shards;
      mkdirSync(dir, { recursive: true });
      const workerData: WorkerSetup = { config: meta.pipeline, ...(meta.referenceDate ? { referenceDate: meta.referenceDate } : {}), shards: { dir, pipeline: meta.version, mentions: meta.mentions } };
      const pool = new Piscina({ filename: compiledWorkerFile(), minThreads: options.concurrency, maxThreads: options.concurrency, workerData });
      const ready = (pool.run(null) as Promise<WorkerCheck>).then((check) => {
        if (!check.ok) throw new Error(`the run's pipeline cannot be built: ${check.error}`);
      });
      pools.set(run, (entry = { pool, ready }));
    }
    await entry.ready;
    return entry.pool;
  };

  const processJob = async (job: Job<JobData, JobResult>): Promise<JobResult> => {
    const { run, docs } = job.data;
    const store = storeOf(run);
    const meta = await metaOf(run);
    await store.jobStarted();
    const inputs: SourceDocument[] = [];
    for (const d of docs) {
      if ('doc' in d) {
        inputs.push(d.doc);
        continue;
      }
      const loaded = await loadInputFile(d.file);
      if (!loaded.ok) throw new Error(`${d.file.relPath}: ${loaded.reason}`);
      const doc = loaded.documents[0]!;
      if (documentKey(doc, meta.version) !== d.key) throw new Error(`${d.file.relPath} changed since it was enqueued: enqueue it again`);
      inputs.push(doc);
    }
    const pool = await poolOf(run, meta);
    const task: WorkerTask = { inputs, keys: docs.map((d) => d.key), windowChars: WINDOW_CHARS };
    const { results } = (await pool.run(task)) as WorkerResult;
    const failures = new Map<string, string>();
    results.forEach((r, i) => {
      if (!r.ok) failures.set(docs[i]!.key, `pipeline error: ${r.error}`);
    });
    await store.jobDone(job.id!, failures);
    return { documents: docs.length, failed: failures.size };
  };

  const worker = new Worker<JobData, JobResult>(QUEUE_NAME, processJob, {
    connection: redis,
    concurrency: options.concurrency,
    lockDuration: options.stalledInterval,
    stalledInterval: options.stalledInterval,
    // A job whose worker died is taken up again this many times before it counts as failed.
    maxStalledCount: 3,
  });
  worker.on('error', (err) => options.say(`worker: ${err.message} (waiting for Redis)`));
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1);
    options.say(`job ${job.id} ${final ? 'failed' : `failed (attempt ${job.attemptsMade}, will retry)`}: ${err.message}`);
    if (final) void storeOf(job.data.run).jobFailed(job.id!, `${err.message} (after ${job.attemptsMade} attempts)`).catch(() => {});
  });
  return {
    worker,
    close: async () => {
      await worker.close();
      await Promise.all([...pools.values()].map((p) => p.pool.destroy()));
    },
  };
}

/** The worker-thread module: compiled JavaScript, next to this module's compiled self or in the package's dist/. */
function compiledWorkerFile(): string {
  const here = fileURLToPath(new URL('../run/worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const dist = join(packageRoot(), 'dist', 'src', 'run', 'worker.js');
  if (existsSync(dist)) return dist;
  throw new Error('the queue worker needs the compiled worker (dist/src/run/worker.js): run `npm run build`');
}
