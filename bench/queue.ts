import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/model/package-root.js';
import { startRedis } from './redis-server.js';

/**
 * Queue mode's throughput against a plain `extract`, whole commands as child processes (not a test):
 *
 *   npm run build && node dist/bench/queue.js [--corpus /work/shared/corpus/isw] [--workers 1,2,4] [--rounds 2]
 *
 * Per round, on a private redis-server: `extract <corpus>` (one thread), then for each worker count, that
 * many `newsgraph worker` processes (started and idle first), and the clock runs from `enqueue` to the end
 * of `merge --redis` (which waits for the run): both sides build the pipeline once per process and write
 * every output. CPU seconds are counted for every process of a run (GNU time for the commands; a worker
 * prints its own when it stops): on this shared 2-core machine they move much less than the wall clock.
 * The corpus is read where it is, at run time; nothing of it is copied into the project.
 */
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: '/work/shared/corpus/isw' },
    workers: { type: 'string', default: '1,2,4' },
    rounds: { type: 'string', default: '2' },
  },
});
const corpus = resolve(values.corpus!);
const counts = values.workers!.split(',').map(Number);
const rounds = Number(values.rounds);
const cli = join(packageRoot(), 'bin', 'newsgraph.js');
const log = (s: string): void => void process.stderr.write(`bench-queue: ${s}\n`);

/** A command to its end: wall clock and CPU seconds (user + system, all threads, from GNU time). */
function run(args: string[]): Promise<{ ms: number; cpu: number }> {
  const timeFile = join(work, `time-${Math.random().toString(36).slice(2)}`);
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, cli, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === null || code > 1) return fail(new Error(`newsgraph ${args[0]} exited with ${code}`));
      const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      done({ ms: performance.now() - t0, cpu: user! + sys! });
    });
  });
}

/** A worker process, resolved when it says it is ready; `cpu` when it has stopped (it prints its CPU time). */
function startWorker(url: string): Promise<{ child: ChildProcess; cpu: Promise<number> }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, 'worker', '--redis', url], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.on('error', fail);
    let log = '';
    const cpu = new Promise<number>((r) => child.once('exit', () => r(Number(/cpu ([\d.]+) s/.exec(log)?.[1] ?? NaN))));
    child.stderr!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('ready')) done({ child, cpu });
    });
  });
}

const documents = readdirSync(corpus).filter((n) => /\.(txt|md)$/.test(n)).length;
const work = mkdtempSync(join(tmpdir(), 'ng-bench-queue-'));
const redis = await startRedis();
const rows: Array<{ round: number; mode: string; ms: number; cpu: number; load: number; parts?: string }> = [];
try {
  for (let round = 1; round <= rounds; round++) {
    const { ms, cpu } = await run(['extract', corpus, '--out', join(work, `extract-${round}`), '--quiet', '--force']);
    rows.push({ round, mode: 'extract', ms, cpu, load: loadavg()[0]! });
    log(`round ${round}: extract ${(ms / 1000).toFixed(1)} s, cpu ${cpu.toFixed(1)} s, load ${loadavg()[0]!.toFixed(1)}`);
    for (const n of counts) {
      const workers = await Promise.all(Array.from({ length: n }, () => startWorker(redis.url)));
      const name = `bench-${round}-${n}`;
      const out = join(work, name);
      const t0 = performance.now();
      const enq = await run(['enqueue', corpus, '--redis', redis.url, '--run', name, '--out', out, '--quiet']);
      const merge = await run(['merge', '--redis', redis.url, '--run', name, '--out', out, '--quiet']);
      const took = performance.now() - t0;
      for (const w of workers) w.child.kill('SIGTERM');
      const workerCpu = (await Promise.all(workers.map((w) => w.cpu))).reduce((a, b) => a + b, 0);
      const parts = `enqueue ${enq.cpu.toFixed(1)} + workers ${workerCpu.toFixed(1)} + merge ${merge.cpu.toFixed(1)}`;
      rows.push({ round, mode: `queue, ${n} worker${n > 1 ? 's' : ''}`, ms: took, cpu: enq.cpu + merge.cpu + workerCpu, load: loadavg()[0]!, parts });
      log(`round ${round}: ${n} workers ${(took / 1000).toFixed(1)} s, cpu ${rows.at(-1)!.cpu.toFixed(1)} s (${parts}), load ${loadavg()[0]!.toFixed(1)}`);
    }
  }
} finally {
  await redis.stop();
  rmSync(work, { recursive: true, force: true });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const modes = [...new Set(rows.map((r) => r.mode))];
const base = median(rows.filter((r) => r.mode === 'extract').map((r) => r.ms));
const baseCpu = median(rows.filter((r) => r.mode === 'extract').map((r) => r.cpu));
const lines = [
  `${documents} documents (${corpus}), ${rounds} rounds, median wall clock; load average during the runs ${Math.min(...rows.map((r) => r.load)).toFixed(1)}–${Math.max(...rows.map((r) => r.load)).toFixed(1)}`,
  '',
  '| mode | wall clock (median) | documents/s | ÷ extract time | CPU s, all processes (median) | CPU overhead per document vs extract |',
  '|---|---|---|---|---|---|',
  ...modes.map((mode) => {
    const ms = median(rows.filter((r) => r.mode === mode).map((r) => r.ms));
    const cpu = median(rows.filter((r) => r.mode === mode).map((r) => r.cpu));
    const over = mode === 'extract' ? '–' : `${(((cpu - baseCpu) / documents) * 1000).toFixed(1)} ms (${(((cpu - baseCpu) / baseCpu) * 100).toFixed(0)}%)`;
    return `| ${mode} | ${(ms / 1000).toFixed(1)} s | ${(documents / (ms / 1000)).toFixed(1)} | ${(ms / base).toFixed(2)} | ${cpu.toFixed(1)} | ${over} |`;
  }),
  '',
  'each run: ' + rows.map((r) => `${r.mode} r${r.round} ${(r.ms / 1000).toFixed(1)} s, cpu ${r.cpu.toFixed(1)} s${r.parts ? ` = ${r.parts}` : ''} (load ${r.load.toFixed(1)})`).join('; '),
];
process.stdout.write(`${lines.join('\n')}\n`);
