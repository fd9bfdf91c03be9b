import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
