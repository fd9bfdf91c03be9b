import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/model/package-root.js';

/**
 * `node dist/bench/phase-rss.js --input <folder> --out <dir> [--snapshot <phase>] [-- extract options]`: one
 * `newsgraph extract` (plain progress, so that each merge phase prints a line), its RSS read from
 * /proc/<pid>/status every 200 ms, and the highest RSS of each phase ('process' until the merge's first
 * line) with the process's VmHWM, as one JSON line on stdout; a line `time:phase:MB` every 5 s on stderr.
 * With --snapshot, V8 writes a heap snapshot into --snapshots 0.3 s after that phase's line (while the merge
 * runs: a paused merge's state is collected, docs/streaming.md); the snapshot's own memory then counts in
 * the peak. A measurement, not a test (issue 15: where memory grows with the input).
 */
const { values, positionals } = parseArgs({
  options: {
    input: { type: 'string' },
    out: { type: 'string' },
    snapshot: { type: 'string' },
    snapshots: { type: 'string', default: '.' },
  },
  allowPositionals: true,
});
if (!values.input || !values.out) throw new Error('phase-rss needs --input <folder> --out <dir>');
const snapshots = resolve(values.snapshots);
mkdirSync(snapshots, { recursive: true });
const t0 = Date.now();
const child = spawn(
  process.execPath,
  [...(values.snapshot ? ['--heapsnapshot-signal=SIGUSR2'] : []), join(packageRoot(), 'bin', 'newsgraph.js'), 'extract', values.input, '--out', values.out, '--force', ...positionals],
  { stdio: ['ignore', 'ignore', 'pipe'], cwd: snapshots },
);
let phase = 'process';
const highest: Record<string, number> = {};
const started: Record<string, number> = { process: 0 };
let hwm = 0;
let samples = 0;
const seconds = (): number => (Date.now() - t0) / 1000;

function sample(): void {
  let status: string;
  try {
    status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  } catch {
    return;
  }
  const rss = /VmRSS:\s+(\d+)/.exec(status);
  const peak = /VmHWM:\s+(\d+)/.exec(status);
  if (!rss || !peak) return;
  const mb = Number(rss[1]) / 1024;
  hwm = Math.max(hwm, Number(peak[1]) / 1024);
  highest[phase] = Math.max(highest[phase] ?? 0, mb);
  if (samples++ % 25 === 0) process.stderr.write(`${seconds().toFixed(1)}:${phase}:${Math.round(mb)}\n`);
}

const timer = setInterval(sample, 200);
let pending = '';
child.stderr.on('data', (chunk: Buffer) => {
  pending += chunk.toString('utf8');
  for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n')) {
    const line = pending.slice(0, nl);
    pending = pending.slice(nl + 1);
    const merge = /^merge: (\S+)/.exec(line);
    if (merge && merge[1] !== phase) {
      sample();
      phase = merge[1]!;
      started[phase] = seconds();
      if (values.snapshot === phase) setTimeout(() => child.kill('SIGUSR2'), 300);
    } else if (!line.startsWith('extract:')) process.stderr.write(`${line}\n`);
  }
});
child.on('exit', (code) => {
  clearInterval(timer);
  const round = (o: Record<string, number>, digits: number): Record<string, number> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Number(v.toFixed(digits))]));
  process.stdout.write(`${JSON.stringify({ code, seconds: Number(seconds().toFixed(1)), peakRssMb: Math.round(hwm), highestByPhaseMb: round(highest, 0), phaseStartS: round(started, 1) })}\n`);
});
