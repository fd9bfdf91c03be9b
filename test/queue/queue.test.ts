import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/model/package-root.js';
import { newsgraph } from '../helpers/cli.js';
import { OUTPUTS, testRecords } from '../helpers/records.js';
import { skipRedisTests, startRedis, type TestRedis } from '../helpers/redis.js';

/** The queue mode end to end: real redis-server, real worker processes, compared with a plain `extract`. */
let redis: TestRedis;
let client: Redis;
let queue: Queue;
let work: string;
let inputs: string;
const workers: ChildProcess[] = [];

/** A `newsgraph worker` process with a short stalled interval, so a killed worker's job is taken up again in seconds. */
function startWorker(env: Record<string, string> = {}): ChildProcess {
  const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'newsgraph.js'), 'worker', '--redis', redis.url, '--stalled-interval', '1000'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  child.stderr!.resume();
  workers.push(child);
  return child;
}

async function until(what: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const activeJobsOf = async (run: string): Promise<number> => (await queue.getJobs(['active'])).filter((j) => j.id?.startsWith(`${run}.`)).length;

const manifestWithoutTimings = (dir: string): unknown => {
  const { timingsMs: _t, ...rest } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  return rest;
};

function expectSameAsExtract(dir: string): void {
  for (const f of OUTPUTS) expect(readFileSync(join(dir, f)).equals(readFileSync(join(work, 'plain', f))), f).toBe(true);
  expect(manifestWithoutTimings(dir)).toEqual(manifestWithoutTimings(join(work, 'plain')));
}

beforeAll(async () => {
  if (skipRedisTests) return;
  redis = await startRedis();
  client = new Redis(redis.url, { maxRetriesPerRequest: null });
  client.on('error', () => {});
  queue = new Queue('newsgraph', { connection: client });
  queue.on('error', () => {});
  work = mkdtempSync(join(tmpdir(), 'ng-queue-'));
  // Text files (jobs refer to them on shared storage), JSONL records (jobs carry them), and inputs that fail to read.
  inputs = join(work, 'in');
  cpSync(join(import.meta.dirname, '..', 'fixtures', 'corpus'), inputs, { recursive: true });
  writeFileSync(join(inputs, 'feed.jsonl'), `${testRecords(50).join('\n')}\n`);
  writeFileSync(join(inputs, 'latin1.txt'), Buffer.from('Caf\xe9 in Li\xe8ge', 'latin1'));
  const plain = await newsgraph(['extract', inputs, '--out', join(work, 'plain'), '--quiet']);
  expect(plain.code).toBe(1); // latin1.txt failed, as it must in the queue runs too
});

afterAll(async () => {
  for (const w of workers) if (w.pid !== undefined && w.exitCode === null && w.signalCode === null) process.kill(w.pid, 'SIGKILL');
  await queue?.close();
  client?.disconnect();
  await redis?.stop();
});

/**
 * Several processes each (enqueue, workers that build the pipeline, merge): ~15 s a test on a quiet
 * machine, but this 2-core machine is shared, and at a load average of 20 one took 60 s. A generous bound,
 * not a speed check.
 */
const PROCESSES_TIMEOUT_MS = 240_000;

describe.skipIf(skipRedisTests)('queue mode on Redis (BullMQ)', () => {
  it('enqueue, two worker processes and merge give the outputs of a plain extract; enqueueing again adds nothing', async () => {
    const out = join(work, 'two');
    const enq = await newsgraph(['enqueue', inputs, '--redis', redis.url, '--run', 'two', '--out', out]);
    expect(enq.code).toBe(0);
    expect(enq.stdout).toMatch(/run two: 5 files, 54 documents; added 54 new documents in 2 jobs/);
    startWorker();
    startWorker();
    const merged = await newsgraph(['merge', '--redis', redis.url, '--run', 'two', '--out', out, '--quiet']);
    expect(merged.code).toBe(1); // latin1.txt, as extract
    expectSameAsExtract(out);
    const again = await newsgraph(['enqueue', inputs, '--redis', redis.url, '--run', 'two', '--out', out]);
    expect(again.stdout).toContain('added 0 new documents in 0 jobs');
    const status = await newsgraph(['status', '--redis', redis.url, '--run', 'two', '--json']);
    const s = JSON.parse(status.stdout);
    expect(s.documents).toMatchObject({ total: 54, done: 54, failed: 0, queued: 0, active: 0 });
    expect(s.jobs).toMatchObject({ total: 2, done: 2 });
    expect(s.throughput.overall).toBeGreaterThan(0);
    const unknown = await newsgraph(['status', '--redis', redis.url, '--run', 'nosuch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no run "nosuch"');
    for (const w of workers.splice(0)) {
      w.kill('SIGTERM');
      await new Promise((r) => w.once('exit', r));
    }
  }, PROCESSES_TIMEOUT_MS);

  it('processes a document longer than the window in parts, in the worker, as extract does', async () => {
    const window = { NEWSGRAPH_WINDOW_CHARS: '1500' };
    const folder = join(work, 'long-in');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'feed.jsonl'), `${testRecords(4).join('\n')}\n`);
    const people = ['Anna Berg', 'Tomas Kell', 'Irina Volk'];
    const places = ['Kharkiv', 'Odesa', 'Warsaw', 'Riga'];
    const paragraphs = Array.from({ length: 30 }, (_, k) => `On May ${(k % 27) + 1}, 2026, Foreign Minister ${people[k % 3]} met with ${people[(k + 1) % 3]} in ${places[k % 4]}.`);
    writeFileSync(join(folder, 'long.txt'), `${paragraphs.join('\n\n')}\n`);
    expect((await newsgraph(['extract', folder, '--out', join(work, 'long-plain'), '--quiet'], window)).code).toBe(0);
    const out = join(work, 'long-queued');
    expect((await newsgraph(['enqueue', folder, '--redis', redis.url, '--run', 'long', '--out', out])).code).toBe(0);
    const worker = startWorker(window);
    const merged = await newsgraph(['merge', '--redis', redis.url, '--run', 'long', '--out', out, '--quiet']);
    expect(merged.code).toBe(0);
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
    // Byte-equal to extract's windowed outputs: processed whole, the document's fragments come in another order.
    for (const f of OUTPUTS) expect(readFileSync(join(out, f)).equals(readFileSync(join(work, 'long-plain', f))), f).toBe(true);
  }, PROCESSES_TIMEOUT_MS);

  it('loses and duplicates nothing when a worker is SIGKILLed in the middle of a job', async () => {
    const out = join(work, 'killed');
    expect((await newsgraph(['enqueue', inputs, '--redis', redis.url, '--run', 'killed', '--out', out])).code).toBe(0);
    // No worker is running yet: --no-wait refuses the unfinished run.
    const refused = await newsgraph(['merge', '--redis', redis.url, '--run', 'killed', '--out', out, '--no-wait']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('run "killed" is not finished: 2 jobs queued, 0 active');
    // An enqueue killed after recording a job in the run and before submitting it to BullMQ: the same
    // enqueue again submits it (the documents are in the run, so nothing is added twice).
    const [waiting] = (await queue.getJobs(['waiting'])).filter((j) => j.id?.startsWith('killed.'));
    await waiting!.remove();
    const lost = await newsgraph(['status', '--redis', redis.url, '--run', 'killed', '--json']);
    expect(JSON.parse(lost.stdout).jobs).toMatchObject({ total: 2, queued: 1, failed: 1 });
    const repaired = await newsgraph(['enqueue', inputs, '--redis', redis.url, '--run', 'killed', '--out', out]);
    expect(repaired.stdout).toContain('added 0 new documents in 0 jobs; re-queued 1 jobs an interrupted enqueue had not submitted');
    const victim = startWorker();
    await until('a job of the run to be active', async () => (await activeJobsOf('killed')) > 0);
    process.kill(victim.pid!, 'SIGKILL');
    await new Promise((r) => victim.once('exit', r));
    expect(await activeJobsOf('killed')).toBe(1); // still active, its lock held by no one: only the stalled check frees it
    startWorker();
    const merged = await newsgraph(['merge', '--redis', redis.url, '--run', 'killed', '--out', out, '--quiet']);
    expect(merged.code).toBe(1);
    expectSameAsExtract(out);
  }, PROCESSES_TIMEOUT_MS);

  it('finishes the run when Redis is stopped and started again while workers and the merge are running', async () => {
    const out = join(work, 'restart');
    expect((await newsgraph(['enqueue', inputs, '--redis', redis.url, '--run', 'restart', '--out', out])).code).toBe(0);
    const merge = newsgraph(['merge', '--redis', redis.url, '--run', 'restart', '--out', out, '--quiet']);
    await until('a job of the run to be active', async () => (await activeJobsOf('restart')) > 0);
    await redis.restart(1000);
    const merged = await merge;
    expect(merged.code).toBe(1);
    expectSameAsExtract(out);
  }, PROCESSES_TIMEOUT_MS);
});
