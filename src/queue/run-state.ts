import { Job, type Queue } from 'bullmq';
import type { JobData } from './jobs.js';
import type { RunStore } from './run-store.js';

export interface RunState {
  jobs: { total: number; queued: number; active: number; done: number; failed: number };
  documents: { total: number; queued: number; active: number; done: number; failed: number };
  /** Job id → why it failed after its last attempt. */
  failedJobs: Map<string, string>;
  /** Document key → why the pipeline failed on it (in a job that finished). */
  failedDocuments: Map<string, string>;
  /** Job id → its document keys. */
  jobKeys: Map<string, string[]>;
  /** Documents per second since the first job started, and over the last minute. */
  throughput: { overall: number; lastMinute: number };
}

const MINUTE = 60_000;

/**
 * Where a run stands. Finished jobs come from the run's own record (written by the worker before BullMQ
 * completes the job, and BullMQ drops completed jobs); every other job's state is BullMQ's. A job BullMQ
 * has failed for good is recorded in the run with its reason the first time it is seen here.
 */
export async function runState(store: RunStore, queue: Queue<JobData>): Promise<RunState> {
  const [jobKeys, done, failedJobs, failedDocuments, times] = await Promise.all([store.jobs(), store.done(), store.failedJobs(), store.documentFailures(), store.times()]);
  const state: RunState = {
    jobs: { total: jobKeys.size, queued: 0, active: 0, done: 0, failed: 0 },
    documents: { total: 0, queued: 0, active: 0, done: 0, failed: 0 },
    failedJobs,
    failedDocuments,
    jobKeys,
    throughput: { overall: 0, lastMinute: 0 },
  };
  const now = Date.now();
  let recent = 0;
  let last = 0;
  const pending: string[] = [];
  for (const [id, keys] of jobKeys) {
    state.documents.total += keys.length;
    const at = done.get(id);
    if (at !== undefined) {
      state.jobs.done++;
      state.documents.done += keys.length;
      if (now - at <= MINUTE) recent += keys.length;
      last = Math.max(last, at);
    } else if (failedJobs.has(id)) {
      state.jobs.failed++;
      state.documents.failed += keys.length;
    } else pending.push(id);
  }
  const states = await Promise.all(pending.map((id) => queue.getJobState(id)));
  for (const [i, id] of pending.entries()) {
    const n = jobKeys.get(id)!.length;
    const s = states[i];
    if (s === 'active') {
      state.jobs.active++;
      state.documents.active += n;
    } else if ((s === 'unknown' || s === 'completed') && (await store.isDone(id))) {
      // Finished after the run's record was read above (a worker records a job done before BullMQ drops it).
      state.jobs.done++;
      state.documents.done += n;
    } else if (s === 'failed' || s === 'unknown' || s === 'completed') {
      // Failed for good (recorded); or not in the queue without being finished — an interrupted enqueue that
      // never submitted it, or Redis lost it: failed while it stays so, not recorded, as the same `enqueue`
      // again submits it (enqueue.ts).
      const job = s === 'failed' ? await Job.fromId(queue, id) : undefined;
      const reason = job ? `${job.failedReason} (after ${job.attemptsMade} attempts)` : 'the job is not in the queue and was never finished (an interrupted enqueue, or Redis lost it): run the same enqueue again';
      if (job) await store.jobFailed(id, reason);
      failedJobs.set(id, reason);
      state.jobs.failed++;
      state.documents.failed += n;
    } else {
      state.jobs.queued++;
      state.documents.queued += n;
    }
  }
  state.documents.failed += [...failedDocuments.keys()].length;
  state.documents.done -= failedDocuments.size;
  if (times.started !== undefined) {
    const end = state.jobs.queued + state.jobs.active === 0 && last > 0 ? last : now;
    state.throughput.overall = state.documents.done / Math.max((end - times.started) / 1000, 0.001);
  }
  state.throughput.lastMinute = recent / (MINUTE / 1000);
  return state;
}

/** The document keys of a run that have no shard because their job failed, with the reason (for the manifest). */
export function failuresOf(state: RunState): Map<string, string> {
  const failures = new Map(state.failedDocuments);
  for (const [id, reason] of state.failedJobs) for (const key of state.jobKeys.get(id) ?? []) failures.set(key, `job failed: ${reason}`);
  return failures;
}
