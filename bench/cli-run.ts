import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { packageRoot } from '../src/model/package-root.js';

export interface CliRun {
  seconds: number;
  /** Peak resident set size of the process (workers included: they are threads), MB. */
  peakRssMb: number;
  /** Bytes of each output file. */
  outputBytes: Record<string, number>;
  /** Lines of graph.nq. */
  quads: number;
}

const OUTPUTS = ['graph.jsonld', 'graph.nq', 'triples.tsv', 'report.html', 'manifest.json'];

/** Counts line breaks of a file in 4 MB reads (graph.nq of a large run is tens of GB). */
export function countLines(path: string): number {
  const fd = openSync(path, 'r');
  const buf = Buffer.allocUnsafe(1 << 22);
  let lines = 0;
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; ) {
      for (let i = buf.indexOf(10, 0); i !== -1 && i < n; i = buf.indexOf(10, i + 1)) lines++;
    }
  } finally {
    closeSync(fd);
  }
  return lines;
}

/**
 * `newsgraph extract <input> --out <out> --quiet …` as a child process, as a user runs it: wall clock from
 * process start to exit (every output written), and peak RSS from GNU time.
 */
export function runCli(input: string, out: string, args: string[] = []): CliRun {
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  if (!time) throw new Error('bench: /usr/bin/time (Debian package "time") is needed for peak RSS');
  const t0 = performance.now();
  const child = spawnSync(time, ['-f', 'peak-rss-kb %M', process.execPath, join(packageRoot(), 'bin', 'newsgraph.js'), 'extract', input, '--out', out, '--quiet', '--force', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (child.status !== 0) throw new Error(`newsgraph extract exited ${child.status}: ${child.stderr.slice(-2000)}`);
  const rss = /peak-rss-kb (\d+)/.exec(child.stderr);
  const outputBytes = Object.fromEntries(OUTPUTS.map((f) => [f, statSync(join(out, f)).size]));
  return { seconds, peakRssMb: rss ? Math.round(Number(rss[1]) / 1024) : NaN, outputBytes, quads: countLines(join(out, 'graph.nq')) };
}

/**
 * The reference for the whole command: wink-nlp's `readDoc` (default pipe) over the same files, each read
 * from disk, in one thread, in seconds. The model loads before the clock starts, as newsgraph's pipeline
 * load is in its own time.
 */
export function winkOverFiles(files: readonly string[]): number {
  const wink = winkNLP(model);
  const t0 = performance.now();
  for (const f of files) wink.readDoc(readFileSync(f, 'utf8')).tokens().length();
  return (performance.now() - t0) / 1000;
}

export interface EndToEnd {
  /** Seconds of each wink pass and each CLI run, in the order run (wink, then each concurrency, repeated). */
  winkSeconds: number[];
  cli: Record<string, { seconds: number[]; peakRssMb: number[] }>;
  /** Per concurrency: median over repeats of wink's time ÷ the CLI's time in the same repeat. */
  vsWink: Record<string, number>;
  /** Median over repeats of one thread's time ÷ two threads' (when both were run). */
  speedup2?: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * `newsgraph extract <folder>` against wink-nlp's readDoc over the same files, in one script run: each
 * repeat runs wink once and then the CLI at each concurrency, so each ratio compares runs minutes apart at
 * most (this machine is shared: its load moves).
 */
export function endToEnd(folder: string, files: readonly string[], out: string, concurrencies: readonly number[], repeats = 1, args: string[] = []): EndToEnd {
  const result: EndToEnd = { winkSeconds: [], cli: {}, vsWink: {} };
  const ratios: Record<string, number[]> = {};
  const speedups: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const wink = winkOverFiles(files);
    result.winkSeconds.push(Number(wink.toFixed(2)));
    const times: Record<string, number> = {};
    for (const c of concurrencies) {
      const run = runCli(folder, out, ['--concurrency', String(c), ...args]);
      const entry = (result.cli[c] ??= { seconds: [], peakRssMb: [] });
      entry.seconds.push(Number(run.seconds.toFixed(2)));
      entry.peakRssMb.push(run.peakRssMb);
      (ratios[c] ??= []).push(wink / run.seconds);
      times[c] = run.seconds;
    }
    if (times[1] !== undefined && times[2] !== undefined) speedups.push(times[1] / times[2]);
  }
  for (const [c, xs] of Object.entries(ratios)) result.vsWink[c] = Number(median(xs).toFixed(3));
  if (speedups.length) result.speedup2 = Number(median(speedups).toFixed(3));
  return result;
}
