import type { Redis } from 'ioredis';
import type { InputFacts } from '../merge/file-reports.js';
import type { PipelineConfig } from '../pipeline/config.js';
import type { MentionLayer } from '../graph/document-graph.js';

/** What a run is: set by the first `enqueue`, the same for every later one. */
export interface RunMeta {
  pipeline: PipelineConfig;
  referenceDate?: string;
  mentions: MentionLayer;
  /** Pipeline version (shard/key.ts): part of every job id and document key. */
  version: string;
  /** The run's output folder on shared storage; workers write shards under it (`.newsgraph/shards`). */
  out: string;
  created: number;
}

/**
 * A run's bookkeeping in Redis, beside BullMQ's own keys (all under `newsgraph:run:<name>`):
 * - `meta` — RunMeta as JSON;
 * - `files` — relPath → InputFacts (what the manifest says about each input);
 * - `keys` — the document keys enqueued, so that enqueueing again adds only new documents;
 * - `jobs` — job id → the document keys of the job;
 * - `done` — job id → when a worker finished it (ms), written before BullMQ marks the job completed;
 * - `docfail` — document key → why the pipeline failed on it (final: the pipeline is deterministic);
 * - `failed` — job id → why it failed after its last attempt.
 */
export class RunStore {
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    readonly run: string,
  ) {
    this.prefix = `newsgraph:run:${run}`;
  }

  private k(name: string): string {
    return `${this.prefix}:${name}`;
  }

  async meta(): Promise<RunMeta | undefined> {
    const text = await this.redis.get(this.k('meta'));
    return text ? (JSON.parse(text) as RunMeta) : undefined;
  }

  /** Sets the run's meta if the run is new; returns the meta the run has. */
  async defineRun(meta: RunMeta): Promise<RunMeta> {
    await this.redis.set(this.k('meta'), JSON.stringify(meta), 'NX');
    return (await this.meta())!;
  }

  async putFiles(facts: readonly InputFacts[]): Promise<void> {
    if (facts.length === 0) return;
    await this.redis.hset(this.k('files'), Object.fromEntries(facts.map((f) => [f.relPath, JSON.stringify(f)])));
  }

  async files(): Promise<InputFacts[]> {
    const all = await this.redis.hgetall(this.k('files'));
    return Object.keys(all)
      .sort()
      .map((relPath) => JSON.parse(all[relPath]!) as InputFacts);
  }

  /** Which of `keys` are not in the run yet. */
  async unclaimed(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const member = await this.redis.smismember(this.k('keys'), ...keys);
    return new Set(keys.filter((_, i) => member[i] === 0));
  }

  /**
   * Records jobs and marks their documents as in the run, in one transaction, before the jobs go to BullMQ:
   * an `enqueue` killed between the two leaves jobs that the run knows and BullMQ does not, which the next
   * `enqueue` of the same inputs adds again (and `status`/`merge` report as lost until then) — never documents
   * marked as in the run without a job.
   */
  async addJobs(jobs: ReadonlyArray<{ id: string; keys: string[] }>): Promise<void> {
    if (jobs.length === 0) return;
    await this.redis
      .multi()
      .hset(this.k('jobs'), Object.fromEntries(jobs.map((j) => [j.id, JSON.stringify(j.keys)])))
      .sadd(this.k('keys'), ...jobs.flatMap((j) => j.keys))
      .exec();
  }

  async jobs(): Promise<Map<string, string[]>> {
    const all = await this.redis.hgetall(this.k('jobs'));
    return new Map(Object.entries(all).map(([id, keys]) => [id, JSON.parse(keys) as string[]]));
  }

  /** A worker finished job `id`; `failures`: document key → reason for the documents the pipeline failed on. */
  async jobDone(id: string, failures: ReadonlyMap<string, string>): Promise<void> {
    const multi = this.redis.multi();
    if (failures.size > 0) multi.hset(this.k('docfail'), Object.fromEntries(failures));
    multi.zadd(this.k('done'), Date.now(), id);
    multi.hsetnx(this.k('times'), 'firstDone', String(Date.now()));
    await multi.exec();
  }

  /** When the first job of the run started (for throughput). */
  async jobStarted(): Promise<void> {
    await this.redis.hsetnx(this.k('times'), 'started', String(Date.now()));
  }

  async times(): Promise<{ started?: number }> {
    const started = await this.redis.hget(this.k('times'), 'started');
    return started ? { started: Number(started) } : {};
  }

  /** Finished jobs with when they finished. */
  async done(): Promise<Map<string, number>> {
    const flat = await this.redis.zrange(this.k('done'), 0, -1, 'WITHSCORES');
    const done = new Map<string, number>();
    for (let i = 0; i < flat.length; i += 2) done.set(flat[i]!, Number(flat[i + 1]));
    return done;
  }

  async isDone(id: string): Promise<boolean> {
    return (await this.redis.zscore(this.k('done'), id)) !== null;
  }

  async jobFailed(id: string, reason: string): Promise<void> {
    await this.redis.hset(this.k('failed'), id, reason);
  }

  async failedJobs(): Promise<Map<string, string>> {
    return new Map(Object.entries(await this.redis.hgetall(this.k('failed'))));
  }

  async documentFailures(): Promise<Map<string, string>> {
    return new Map(Object.entries(await this.redis.hgetall(this.k('docfail'))));
  }
}
