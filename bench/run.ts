import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/model/package-root.js';
import { buildPipeline, DEFAULT_BATCH_SIZE, loadPipeline, pipelineConfigFrom } from '../src/pipeline/pipeline.js';
import { corpusBytes, corpusDocuments, loadFixtures, type BenchDocument } from './corpus.js';
import { benchGazetteer } from './gazetteer.js';
import { interleaved } from './interleave.js';
import { benchCompromise, winkRunner } from './libraries.js';
import { seconds, throughput, type Throughput } from './measure.js';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { measureMemory } from './memory.js';
import { benchExtract, pipelineRunner } from './pipeline-runs.js';
import { endToEnd as runEndToEnd } from './cli-run.js';
import { formatBench, type BenchResult, type ThroughputRow } from './report.js';

/**
 * `npm run bench`: throughput of the whole pipeline next to the libraries under it, on one generated
 * corpus, plus gazetteer load and match speed and peak memory at two corpus sizes. `--smoke` runs the
 * same on ~50 KB so CI can check that the benchmark works (not how fast it is).
 */
const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    mb: { type: 'string', default: '5' },
    'compromise-kb': { type: 'string' },
    pipeline: { type: 'string' },
    out: { type: 'string' },
  },
});
const smoke = values.smoke === true;
const targetBytes = smoke ? 50_000 : Number(values.mb) * 1e6;
const compromiseBytes = (values['compromise-kb'] ? Number(values['compromise-kb']) : smoke ? 10 : 300) * 1000;
const outDir = resolve(values.out ?? join(packageRoot(), 'bench', 'results'));
const log = (s: string): void => void process.stderr.write(`bench: ${s}\n`);

function prefixOfBytes(docs: readonly BenchDocument[], bytes: number): BenchDocument[] {
  const out: BenchDocument[] = [];
  let n = 0;
  for (const d of docs) {
    if (n >= bytes) break;
    out.push(d);
    n += Buffer.byteLength(d.text);
  }
  return out;
}

const loadAtStart = loadavg().map((x) => Number(x.toFixed(2)));
const fixtures = loadFixtures(join(packageRoot(), 'bench', 'fixtures'));
const docs = [...corpusDocuments(fixtures, targetBytes)];
const bytes = corpusBytes(docs);
log(`corpus: ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB from ${fixtures.length} fixtures`);

const built = await seconds(() => loadPipeline(values.pipeline));
const pipeline = built.value;

// The floor the rule stages sit on: the same pipeline's segment and tokenize stages alone (wink-nlp with the
// pipe the pipeline chose, plus building paragraphs, sentences and the token table).
const front = await buildPipeline(
  pipelineConfigFrom(
    { name: 'segment+tokenize', stages: pipeline.config.stages.filter((s) => s.stage === 'segment' || s.stage === 'tokenize') },
    pipeline.config.baseDir,
  ),
);

// The per-document run uses its own copy of the pipeline, so that the stage times below are the batched run's.
const perDocument = await loadPipeline(values.pipeline);
const runners = [
  winkRunner('wink-nlp default'),
  winkRunner('wink-nlp sbd+pos', ['sbd', 'pos']),
  pipelineRunner(pipeline),
  pipelineRunner(perDocument, 1),
  pipelineRunner(front),
];
const slices = smoke ? 2 : 3 * runners.length; // a multiple of the paired runners, so each runs in every position equally often
log(`wink-nlp readDoc (default pipe, sbd+pos) and the pipeline, interleaved over ${slices} slices`);
const stagesBefore = { ...pipeline.timings };
const paired = interleaved(runners, docs, slices);
const [winkDefault, winkSbdPos, inProcess, inProcessPerDocument, segmentTokenize] = paired.results as [Throughput, Throughput, Throughput, Throughput, Throughput];
const stageMs: Record<string, number> = {};
for (const [stage, ms] of Object.entries(pipeline.timings)) stageMs[stage] = Math.round(ms - (stagesBefore[stage] ?? 0));
const tokens = inProcess.tokens;
const compromiseDocs = prefixOfBytes(docs, compromiseBytes);
log(`compromise on ${compromiseDocs.length} documents`);
const compromise = await benchCompromise(compromiseDocs, (subset) => runners[0]!.run(subset));
log('extract, concurrency 1 and 2');
const extract1 = await benchExtract(values.pipeline, docs, tokens, 1);
const extract2 = await benchExtract(values.pipeline, docs, tokens, 2);
log('newsgraph extract (the CLI, a child process) over the corpus in a folder, concurrency 1 and 2, next to wink-nlp readDoc over the same files');
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
const files = docs.map((d) => join(folder, 'corpus', `${d.id}.txt`));
mkdirSync(join(folder, 'corpus'));
docs.forEach((d, i) => writeFileSync(files[i]!, d.text));
const endToEnd = runEndToEnd(join(folder, 'corpus'), files, join(folder, 'out'), [1, 2], smoke ? 1 : 2, values.pipeline ? ['--pipeline', values.pipeline] : []);
rmSync(folder, { recursive: true, force: true });
const cliRow = (c: number): Throughput & { peakRssMb: number } => ({
  ...throughput(docs.length, tokens, bytes, Math.min(...endToEnd.cli[c]!.seconds)),
  peakRssMb: Math.max(...endToEnd.cli[c]!.peakRssMb),
});
const cli1 = cliRow(1);
const cli2 = cliRow(2);
log('gazetteer');
const gazetteer = await benchGazetteer(docs, winkDefault.tokens);
log('memory at two corpus sizes');
const memory = [measureMemory(targetBytes, values.pipeline), measureMemory(2 * targetBytes, values.pipeline)];

const base = winkDefault.mbPerSecond;
const row = (name: string, result: Throughput, note?: string): ThroughputRow => ({
  name,
  result,
  vsWinkDefault: Number((result.mbPerSecond / base).toFixed(3)),
  ...(note ? { note } : {}),
});
const ratio = paired.medianSpeedVsFirst[2]!;
const result: BenchResult = {
  mode: smoke ? 'smoke' : 'full',
  node: process.versions.node,
  cores: availableParallelism(),
  pipeline: pipeline.config.file ?? pipeline.config.name,
  corpus: { documents: docs.length, bytes, tokens, fixtures: fixtures.length },
  pipelineLoadSeconds: Number(built.seconds.toFixed(3)),
  throughput: [
    row('wink-nlp readDoc, default pipe', winkDefault),
    row('wink-nlp readDoc, sbd+pos', winkSbdPos),
    row('compromise people/places/organizations', compromise, `on the first ${compromise.documents} documents only (${(compromise.bytes / 1e6).toFixed(2)} MB), to keep the run short`),
    row('newsgraph pipeline, in process (1 thread)', inProcess, `processBatch, batches of ${DEFAULT_BATCH_SIZE} documents (as extract() runs it)`),
    row('newsgraph pipeline, one document at a time', inProcessPerDocument, 'process(): every stage on one document before the next'),
    row('newsgraph segment+tokenize stages only', segmentTokenize, 'the floor under the rule stages: wink-nlp with the pipe the pipeline uses, plus the token table'),
    row('newsgraph extract(), concurrency 1', extract1, 'reads the corpus from files; includes pipeline load'),
    row('newsgraph extract(), concurrency 2 (worker threads)', extract2, 'includes starting the workers and loading their resources'),
    row('`newsgraph extract <folder>` end to end, concurrency 1', cli1, `the CLI as a child process, start to last byte of every output (best of ${endToEnd.cli[1]!.seconds.length}); ÷ wink readDoc over the same files in the same repeat (median): ${endToEnd.vsWink[1]}; peak RSS ${cli1.peakRssMb} MB`),
    row('`newsgraph extract <folder>` end to end, concurrency 2', cli2, `the same with 2 worker threads; ÷ wink readDoc over the files: ${endToEnd.vsWink[2]}; 2 threads ÷ 1: ${endToEnd.speedup2}; peak RSS ${cli2.peakRssMb} MB`),
  ],
  stageMs,
  gazetteer,
  memory,
  target: { ratio, required: 0.5, met: ratio >= 0.5 },
  loadAverage: { start: loadAtStart, end: loadavg().map((x) => Number(x.toFixed(2))) },
};

mkdirSync(outDir, { recursive: true });
const file = join(outDir, `bench-${result.mode}.json`);
// endToEnd: the whole command's times next to wink readDoc over the same files (bench/cli-run.ts).
writeFileSync(file, JSON.stringify({ ...result, endToEnd }, null, 2) + '\n');
process.stdout.write(formatBench(result));
log(`result written to ${file}`);
