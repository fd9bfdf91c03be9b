import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import type { MentionLayer } from '../graph/document-graph.js';
import type { InputFacts } from '../merge/file-reports.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { DEFAULT_BATCH_SIZE } from '../pipeline/batch-size.js';
import { discoverInputs } from '../read/discover.js';
import { loadInputFile } from '../read/load.js';
import { documentKey, pipelineVersion } from '../shard/key.js';
import { QUEUE_NAME } from './connection.js';
import type { JobData, JobDocument } from './jobs.js';
import { RunStore } from './run-store.js';

export interface EnqueueOptions {
  run: string;
  pipeline: PipelineConfig;
  referenceDate?: string;
  mentions: MentionLayer;
  /** The run's output folder on shared storage (workers write its shards there). */
  out: string;
  /** Tries of a job before it is recorded as failed. */
  attempts: number;
  /** Documents per job. */
  batch?: number;
  say?: (line: string) => void;
}

export interface EnqueueResult {
  files: number;
  documents: number;
  /** Documents and jobs added now (documents already in the run are not added again). */
  added: number;
  jobs: number;
  /** Jobs of an earlier, interrupted `enqueue` that the run recorded but BullMQ never got, added now. */
  requeued: number;
}

/**
 * Jobs the run recorded that BullMQ does not have — not finished, not failed, unknown to the queue: an
 * earlier `enqueue` was killed after recording them and before submitting them.
 */
async function lostJobs(store: RunStore, queue: Queue<JobData>): Promise<Map<string, string[]>> {
  const [jobs, done, failed] = await Promise.all([store.jobs(), store.done(), store.failedJobs()]);
  const open = [...jobs.keys()].filter((id) => !done.has(id) && !failed.has(id));
  const states = await Promise.all(open.map((id) => queue.getJobState(id)));
  const lost = new Map<string, string[]>();
  open.forEach((id, i) => {
    if (states[i] === 'unknown') lost.set(id, jobs.get(id)!);
  });
  return lost;
}

/**
 * `newsgraph enqueue`: reads the inputs as `extract` does (discover, decode, split JSONL into records),
 * records what the manifest will say about each file, and adds a job per batch of documents that are new
 * to the run. A job's id is the run's name and the hash of its documents' keys (content hash + pipeline
 * version), so the same documents give the same job, and BullMQ adds a job id only once.
 */
export async function enqueue(redis: Redis, inputs: readonly string[], options: EnqueueOptions): Promise<EnqueueResult> {
  const store = new RunStore(redis, options.run);
  const version = pipelineVersion(options.pipeline, options.referenceDate, options.mentions);
  const meta = await store.defineRun({
    pipeline: options.pipeline,
    ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
    mentions: options.mentions,
    version,
    out: resolve(options.out),
    created: Date.now(),
  });
  if (meta.version !== version) {
    throw new Error(`run "${options.run}" was enqueued with another pipeline, --reference-date or --mentions (version ${meta.version}, now ${version}): use another --run name`);
  }
  if (meta.out !== resolve(options.out)) throw new Error(`run "${options.run}" writes to ${meta.out}, not ${resolve(options.out)}`);

  const queue = new Queue<JobData>(QUEUE_NAME, { connection: redis });
  queue.on('error', () => {});
  const size = options.batch ?? DEFAULT_BATCH_SIZE;
  const result: EnqueueResult = { files: 0, documents: 0, added: 0, jobs: 0, requeued: 0 };
  const lost = await lostJobs(store, queue);
  /** Document key → the lost job it belongs to; and each lost job's documents as the inputs give them again. */
  const lostJobOf = new Map([...lost].flatMap(([id, keys]) => keys.map((key) => [key, id] as const)));
  const found = new Map<string, JobDocument>();
  let pending: JobDocument[] = [];
  const addJobs = async (docs: JobDocument[]): Promise<void> => {
    const jobs: Array<{ id: string; keys: string[]; docs: JobDocument[] }> = [];
    for (let i = 0; i < docs.length; i += size) {
      const part = docs.slice(i, i + size);
      const keys = part.map((d) => d.key);
      jobs.push({ id: `${options.run}.${createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 32)}`, keys, docs: part });
    }
    // The run's job list first: a merge that sees a job in BullMQ always finds it in the run.
    await store.addJobs(jobs);
    await submit(jobs);
    result.jobs += jobs.length;
  };
  const submit = (jobs: ReadonlyArray<{ id: string; docs: JobDocument[] }>): Promise<unknown> =>
    queue.addBulk(
      jobs.map((j) => ({
        name: options.run,
        data: { run: options.run, docs: j.docs },
        opts: { jobId: j.id, attempts: options.attempts, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: false },
      })),
    );
  try {
    const files = await discoverInputs(inputs);
    for (const file of files) {
      const loaded = await loadInputFile(file);
      result.files++;
      let facts: InputFacts;
      if (!loaded.ok) {
        facts = {
          relPath: file.relPath,
          status: file.problem?.startsWith('skipped') ? 'skipped' : 'failed',
          reason: loaded.reason,
          ...(loaded.sha256 ? { sha256: loaded.sha256 } : {}),
          ...(loaded.bytes !== undefined ? { bytes: loaded.bytes } : {}),
          documents: [],
        };
        options.say?.(`${facts.status}: ${file.relPath}: ${loaded.reason}`);
      } else {
        const keyed = loaded.documents.map((doc) => ({ doc, key: documentKey(doc, version) }));
        facts = {
          relPath: file.relPath,
          status: 'ok',
          sha256: loaded.sha256,
          bytes: loaded.bytes,
          ...(loaded.problems.length ? { problems: loaded.problems } : {}),
          documents: keyed.map(({ doc, key }) => [key, doc.id]),
        };
        for (const p of loaded.problems) options.say?.(`warning: ${file.relPath} ${p.record}: ${p.reason}`);
        const fresh = await store.unclaimed(keyed.map((k) => k.key));
        result.documents += keyed.length;
        for (const { doc, key } of keyed) {
          const job: JobDocument = file.format === 'text' || file.format === 'markdown' ? { key, file: { path: file.path, relPath: file.relPath, format: file.format } } : { key, doc };
          if (lostJobOf.has(key)) found.set(key, job);
          if (!fresh.has(key)) continue;
          pending.push(job);
          result.added++;
        }
      }
      await store.putFiles([facts]);
      if (pending.length >= size) {
        const whole = pending.length - (pending.length % size);
        const go = pending.slice(0, whole);
        pending = pending.slice(whole);
        await addJobs(go);
      }
    }
    if (pending.length > 0) {
      const go = pending;
      pending = [];
      await addJobs(go);
    }
    const again = [...lost].filter(([, keys]) => keys.every((k) => found.has(k)));
    for (const [id, keys] of lost) {
      if (!keys.every((k) => found.has(k))) options.say?.(`warning: job ${id} never reached the queue and some of its ${keys.length} documents are not among these inputs: enqueue them too`);
    }
    await submit(again.map(([id, keys]) => ({ id, docs: keys.map((k) => found.get(k)!) })));
    result.requeued = again.length;
  } finally {
    await queue.close();
  }
  return result;
}
