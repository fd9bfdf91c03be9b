import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli, winkOverFiles, type CliRun } from './cli-run.js';
import { vary } from './vary.js';
import { packageRoot } from '../src/model/package-root.js';

/**
 * `npm run bench:scale -- --source <folder of .txt reports>`: the whole `newsgraph extract` at several
 * corpus sizes, as a user runs it, next to wink-nlp's readDoc over the same files in the same run. A
 * measurement, not a test. Corpora are generated at run time in --work (default /tmp/newsgraph-scale)
 * from varied copies of the source reports (bench/vary.ts: other numbers, days, months) and deleted
 * after each size; nothing of the source is kept. One JSON line per measurement goes to --results.
 *
 *   --sizes 25,50,100,500   corpus sizes in MB
 *   --runs all:1,all:2      mention layer and concurrency of each CLI run (default all:1)
 *   --wink-max 100          measure wink readDoc only up to this size (it takes minutes at 500 MB)
 *   --doc-kb 5              cut each copy at line breaks into documents of about this size (default:
 *                           whole reports, ~18 kB): 500 MB in 5 kB documents is issue 15's 100,000 documents
 */
const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    sizes: { type: 'string', default: '25' },
    runs: { type: 'string', default: 'all:1' },
    'wink-max': { type: 'string', default: '100' },
    work: { type: 'string', default: '/tmp/newsgraph-scale' },
    'doc-kb': { type: 'string' },
    results: { type: 'string' },
  },
});
if (!values.source) throw new Error('bench:scale needs --source <folder of .txt reports>');
// The package's bench/results/ (git-ignored, so absent from a fresh clone), whatever folder it is run from:
// the results file was once opened relative to the working directory, and a run ended there after its first CLI run.
const results = resolve(values.results ?? join(packageRoot(), 'bench', 'results', 'scale.jsonl'));
mkdirSync(dirname(results), { recursive: true });
const source = resolve(values.source);
const originals = readdirSync(source).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(source, f), 'utf8') }));
const log = (s: string): void => void process.stderr.write(`scale: ${s}\n`);

const docChars = values['doc-kb'] ? Number(values['doc-kb']) * 1000 : Infinity;

/** A text cut at line breaks (the reports' paragraph breaks) into pieces of at least `docChars` characters (the last may be shorter). */
function pieces(text: string): string[] {
  if (text.length <= docChars) return [text];
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    const cut = text.indexOf('\n', start + docChars);
    const end = cut === -1 ? text.length : cut + 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** Writes varied copies of the source until `mb` MB: copy k of every report in folder copy-k (cut with --doc-kb). */
function makeCorpus(dir: string, mb: number): { bytes: number; files: string[] } {
  rmSync(dir, { recursive: true, force: true });
  const files: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < mb * 1e6; k++) {
    mkdirSync(join(dir, `copy-${k}`), { recursive: true });
    for (const o of originals) {
      for (const [j, text] of pieces(vary(o.text, k)).entries()) {
        const path = join(dir, `copy-${k}`, j === 0 ? o.name : o.name.replace(/\.txt$/, `-part${j + 1}.txt`));
        writeFileSync(path, text);
        files.push(path);
        bytes += Buffer.byteLength(text);
      }
      if (bytes >= mb * 1e6) break;
    }
  }
  return { bytes, files };
}

const perMb = (x: number, bytes: number): number => Math.round(x / (bytes / 1e6));

for (const size of values.sizes.split(',').map(Number)) {
  const corpus = join(values.work, `corpus-${size}MB`);
  const { bytes, files } = makeCorpus(corpus, size);
  log(`${size} MB: ${files.length} documents, ${(bytes / 1e6).toFixed(1)} MB`);
  const wink = size <= Number(values['wink-max']) ? winkOverFiles(files) : undefined;
  if (wink !== undefined) log(`wink readDoc: ${wink.toFixed(1)} s`);
  for (const spec of values.runs.split(',')) {
    const [mentions, concurrency] = spec.split(':') as [string, string];
    const out = join(values.work, `out-${size}MB`);
    const load = loadavg()[0]!;
    log(`newsgraph extract --mentions ${mentions} --concurrency ${concurrency}`);
    const run: CliRun = runCli(corpus, out, ['--mentions', mentions, '--concurrency', concurrency]);
    const row = {
      when: new Date().toISOString(),
      sizeMB: size,
      bytes,
      documents: files.length,
      mentions,
      concurrency: Number(concurrency),
      seconds: Number(run.seconds.toFixed(1)),
      mbPerSecond: Number((bytes / 1e6 / run.seconds).toFixed(3)),
      winkSeconds: wink !== undefined ? Number(wink.toFixed(1)) : null,
      vsWink: wink !== undefined ? Number((wink / run.seconds).toFixed(3)) : null,
      peakRssMb: run.peakRssMb,
      quadsPerMb: perMb(run.quads, bytes),
      bytesPerMb: Object.fromEntries(Object.entries(run.outputBytes).map(([f, b]) => [f, perMb(b, bytes)])),
      loadAverage: [Number(load.toFixed(2)), Number(loadavg()[0]!.toFixed(2))],
      // Where the time went (manifest.json): stage times summed over workers, `shard` (rendering and writing
      // the shards, in the workers), `write` (the merge, in the main thread), `total` (the wall clock).
      timingsMs: (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { timingsMs?: Record<string, number> }).timingsMs ?? {},
    };
    appendFileSync(results, `${JSON.stringify(row)}\n`);
    log(JSON.stringify(row));
    rmSync(out, { recursive: true, force: true });
  }
  rmSync(corpus, { recursive: true, force: true });
}
