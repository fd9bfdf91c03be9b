/**
 * One very large document through `newsgraph extract`: peak RSS and wall time (issue #14: a 60 MB single
 * file must finish under 1.5 GB). Not part of the test suite — it runs for many minutes.
 *
 *   npm run bench:big-document -- [--mb 60] [--corpus ../shared/corpus/isw] [--out /tmp/newsgraph-big]
 *
 * The input is written to the output folder's parent at run time from varied copies (bench/vary.ts) of the
 * .txt files of a corpus folder, concatenated as paragraphs; it is never committed. The CLI runs as a child
 * process under GNU time (`/usr/bin/time -v`) when present, else Node reports the child's peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/model/package-root.js';
import { vary } from './vary.js';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '60' },
    corpus: { type: 'string', default: join(packageRoot(), '..', '..', 'shared', 'corpus', 'isw') },
    out: { type: 'string', default: '/tmp/newsgraph-big' },
  },
});
const megabytes = Number(values.mb);
const work = resolve(values.out!);
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'in'), { recursive: true });
const input = join(work, 'in', 'big-document.txt');

const texts = readdirSync(values.corpus!)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(values.corpus!, f), 'utf8'));
if (texts.length === 0) throw new Error(`no .txt files in ${values.corpus}`);
const fd = openSync(input, 'w');
let bytes = 0;
for (let k = 0; bytes < megabytes * 1e6; k++) {
  for (const t of texts) {
    const piece = vary(t, k).trim() + '\n\n';
    writeSync(fd, piece);
    bytes += Buffer.byteLength(piece);
    if (bytes >= megabytes * 1e6) break;
  }
}
closeSync(fd);

const cli = join(packageRoot(), 'bin', 'newsgraph.js');
const loadAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const args = [cli, 'extract', input, '--out', join(work, 'out'), '--quiet'];
const gnuTime = existsSync('/usr/bin/time');
const t0 = performance.now();
const run = gnuTime
  ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
  : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
const seconds = (performance.now() - t0) / 1000;
const peak = gnuTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024 : NaN;
const outBytes = existsSync(join(work, 'out'))
  ? readdirSync(join(work, 'out')).reduce((n, f) => n + statSync(join(work, 'out', f)).size, 0)
  : 0;
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  JSON.stringify(
    { inputMB: +(bytes / 1e6).toFixed(1), exitCode: run.status, wallSeconds: +seconds.toFixed(1), peakRssMB: Math.round(peak), outputMB: Math.round(outBytes / 1e6), loadAverageAtStart: loadAtStart, loadAverageAtEnd: load },
    null,
    2,
  ),
);
if (run.status !== 0) console.error(run.stderr.slice(-4000));
