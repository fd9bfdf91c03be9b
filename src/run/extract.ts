import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { discoverInputs, type InputFile } from '../read/discover.js';
import { PackedInputs } from '../read/packed-inputs.js';
import { loadInputFile, type InputFileFacts } from '../read/load.js';
import { buildPipeline, DEFAULT_BATCH_SIZE, loadPipelineConfig, type Pipeline } from '../pipeline/pipeline.js';
import { type PipelineConfig } from '../pipeline/config.js';
import { PipelineConfigError } from '../stage/options.js';
import { packageRoot } from '../model/package-root.js';
import type { SourceDocument } from '../model/document.js';
import { toDocResult, type DocResult } from '../model/doc-result.js';
import { recordCounts } from '../shard/render.js';
import { addCounts, type RecordCounts } from '../shard/format.js';
import type { RecordRef } from '../shard/store.js';
import { RecordTable } from '../shard/record-table.js';
import { FileReportSpool } from '../sinks/file-report-spool.js';
import { PartsWriter, shardBatch } from '../shard/write-batch.js';
import { documentKey } from '../shard/key.js';
import type { MentionLayer } from '../graph/document-graph.js';
import { batcher } from './batcher.js';
import { eachWindowPart, mergeWindows, windowDocuments, WINDOW_CHARS } from './windows.js';
import type { WorkerCheck, WorkerResult, WorkerSetup, WorkerTask } from './worker.js';
import type { ReusableShards } from './output-folder.js';

export interface ExtractOptions {
  /** Pipeline file (default: the package's pipelines/default.json) or an already loaded config. */
  pipeline?: string | PipelineConfig;
  /** Reference date for relative dates in every document (overrides document metadata). */
  referenceDate?: string;
  /** Worker threads; 1 runs in this thread. */
  concurrency?: number;
  /** Called after each input file is done (for progress display). */
  onFile?: (file: FileReport, done: number, total: number) => void;
  /** Called after each document is done (processed, reused from a shard, or failed). */
  onDocument?: (outcome: 'processed' | 'reused' | 'failed') => void;
  /** Longest document processed whole (UTF-16 code units); longer ones go in windows (default WINDOW_CHARS, windows.ts). */
  windowChars?: number;
}

export interface FileReport extends InputFileFacts {
  documents: number;
  counts: RecordCounts;
}

interface RunFacts {
  pipeline: PipelineConfig;
  /** Things the caller should know about how the run went (e.g. it fell back to one thread). */
  notes: string[];
  /** Milliseconds: each stage (summed over documents and workers), and the wall clock (`total`). */
  timings: Record<string, number>;
}

export interface ExtractResult extends RunFacts {
  files: FileReport[];
  /** Processed documents, sorted by document id. */
  documents: DocResult[];
}

/** Where to write shards, and which documents already have one (by key) from an earlier, interrupted run. */
export interface ShardOptions {
  dir: string;
  /** Pipeline version (shard/key.ts). */
  pipeline: string;
  /** Which mention and date phrases the graph keeps. */
  mentions: MentionLayer;
  /** Records an earlier run left, by document key (one, or a long document's parts). */
  done?: ReusableShards;
}

export interface ShardedRun extends RunFacts {
  /** The shard records of the run's documents (one per document, or a long document's parts), in no particular order. */
  records: RecordTable;
  /** Every input file's report, in the inputs' order, spooled beside the shards (`dispose` deletes it). */
  files: FileReportSpool;
}

/**
 * The batch job, in memory (the library's `extract`): discovers the inputs, reads and decodes each file,
 * runs every document through the pipeline (in worker threads when concurrency > 1) and returns the
 * annotated documents with a report per file. A file that cannot be read or decoded is reported as failed
 * with its reason; the batch goes on.
 */
export async function extract(inputs: readonly string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const documents: DocResult[] = [];
  const files: FileReport[] = [];
  const facts = await runInputs<DocResult>(inputs, options, undefined, (doc) => documents.push(doc), recordCounts, (i, report) => (files[i] = report));
  // Ids are unique (paths relative to one root, plus record ids); the absolute path settles any tie, so
  // the order never depends on which worker finished first.
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0));
  return { ...facts, files, documents };
}

/**
 * The same job streaming to disk (the CLI): each batch becomes a shard file as soon as it is processed
 * (written by the worker that processed it), and only where each record is comes back. Documents whose
 * key has a shard already (`shards.done`) are not processed again.
 */
export async function extractToShards(inputs: readonly string[], options: ExtractOptions, shards: ShardOptions): Promise<ShardedRun> {
  const records = new RecordTable();
  const files = new FileReportSpool(join(dirname(shards.dir), 'file-reports.jsonl'));
  const counts = (refs: readonly RecordRef[]): RecordCounts => {
    const sum = { sentences: 0, mentions: 0, dates: 0, relations: 0, entities: 0 };
    for (const ref of refs) addCounts(sum, ref.header.counts);
    return sum;
  };
  try {
    const keep = (refs: readonly RecordRef[]): void => {
      for (const ref of refs) records.add(ref);
    };
    const facts = await runInputs<RecordRef[]>(inputs, options, shards, keep, counts, (i, report) => files.put(i, report));
    return { ...facts, records, files };
  } catch (err) {
    files.dispose();
    throw err;
  }
}

async function runInputs<T>(
  inputs: readonly string[],
  options: ExtractOptions,
  shards: ShardOptions | undefined,
  keep: (result: T) => void,
  countsOf: (result: T) => RecordCounts,
  putReport: (file: number, report: FileReport) => void,
): Promise<RunFacts> {
  const t0 = performance.now();
  const config = typeof options.pipeline === 'object' ? options.pipeline : loadPipelineConfig(options.pipeline);
  const files = new PackedInputs(await discoverInputs(inputs));
  const total = files.length;
  const notes: string[] = [];
  const concurrency = cappedConcurrency(options.concurrency, notes);
  // Per-stage milliseconds summed over documents (and workers); reading overlaps with processing, so it
  // has no separate entry: `total` is the wall clock.
  const timings: Record<string, number> = {};
  const addTimings = (t: Record<string, number>): void => {
    for (const [k, v] of Object.entries(t)) timings[k] = (timings[k] ?? 0) + v;
  };
  // One pipeline in this thread, built when first needed: for all documents in one thread, and for the
  // windows of long documents (a second one cost ~1 s and ~150 MB).
  let local: Promise<Pipeline> | undefined;
  const localPipeline = (): Promise<Pipeline> => (local ??= buildPipeline(config));
  // With shards T is the document's records (RecordRef[]), else its DocResult: see `windowed`.
  const windowChars = options.windowChars ?? WINDOW_CHARS;
  const runDocument = windowed(
    await documentRunner(notes, config, concurrency, options.referenceDate, addTimings, shards, localPipeline, windowChars),
    () => documentRunner([], config, 1, options.referenceDate, addTimings, undefined, localPipeline) as Promise<DocumentRunner<DocResult>>,
    shards,
    windowChars,
    addTimings,
  ) as DocumentRunner<T>;
  // Enough files in flight to fill a batch for every worker while the next ones are read. Files are given
  // to the queue as it drains, from a packed list whose chunks are let go as they are taken (packed-inputs.ts):
  // a task (closure and promise) made up front for every file, and the list of files, stayed in memory for the
  // whole run.
  const inFlight = concurrency * DEFAULT_BATCH_SIZE;
  const queue = new PQueue({ concurrency: inFlight });
  let done = 0;
  let failure: { error: unknown } | undefined;
  const runFile =
    (file: InputFile, i: number) =>
    async (): Promise<void> => {
      const loaded = await loadInputFile(file);
      const report = emptyReport(file);
      if (!loaded.ok) {
        report.status = file.problem?.startsWith('skipped') ? 'skipped' : 'failed';
        report.reason = loaded.reason;
        if (loaded.sha256) report.sha256 = loaded.sha256;
        if (loaded.bytes !== undefined) report.bytes = loaded.bytes;
      } else {
        report.sha256 = loaded.sha256;
        report.bytes = loaded.bytes;
        if (loaded.problems.length) report.problems = loaded.problems;
        // All of a file's documents at once, so that a file of many records fills whole batches.
        const outcomes = await Promise.allSettled(
          loaded.documents.map((input) => {
            const key = shards ? documentKey(input, shards.pipeline) : '';
            const reused = shards?.done?.refs(key);
            if (reused) {
              options.onDocument?.('reused');
              return Promise.resolve(reused as unknown as T);
            }
            return runDocument(input, key).then(
              (r) => (options.onDocument?.('processed'), r),
              (err: unknown) => {
                options.onDocument?.('failed');
                throw err;
              },
            );
          }),
        );
        outcomes.forEach((outcome, k) => {
          if (outcome.status === 'fulfilled') {
            keep(outcome.value);
            countInto(report, countsOf(outcome.value));
          } else {
            (report.problems ??= []).push({ record: loaded.documents[k]!.id, reason: `pipeline error: ${(outcome.reason as Error).message}` });
          }
        });
        if (loaded.documents.length > 0 && report.documents === 0) {
          report.status = 'failed';
          report.reason = 'no document of the file could be processed';
        }
      }
      putReport(i, report);
      options.onFile?.(report, ++done, total);
    };
  try {
    for (let i = 0; i < total && !failure; i++) {
      const file = files.take(i);
      await queue.onSizeLessThan(inFlight);
      queue.add(runFile(file, i)).catch((error: unknown) => void (failure ??= { error }));
    }
    await queue.onIdle();
    if (failure) throw failure.error;
  } finally {
    await runDocument.close();
  }
  timings.total = performance.now() - t0;
  return { pipeline: config, timings, notes };
}

/** `windows`: the runner processes documents longer than the window itself, in parts (worker threads writing shards). */
type DocumentRunner<T> = ((input: SourceDocument, key: string) => Promise<T>) & { close(): Promise<void>; windows?: boolean };

/**
 * Runs documents through the pipeline in batches (see `Pipeline.processBatch`: stage by stage over a batch
 * keeps each stage's tables in the CPU caches), in this thread or in worker threads, and writes each batch
 * as a shard when `shards` is given. Each document still gets its own result or error.
 */
async function documentRunner(
  notes: string[],
  config: PipelineConfig,
  concurrency: number,
  referenceDate: string | undefined,
  addTimings: (t: Record<string, number>) => void,
  shards: ShardOptions | undefined,
  localPipeline: () => Promise<Pipeline>,
  windowChars?: number,
): Promise<DocumentRunner<DocResult | RecordRef | RecordRef[]>> {
  type Item = { input: SourceDocument; key: string };
  const workerFile = compiledWorkerFile();
  if (concurrency > 1 && !workerFile) {
    notes.push(`--concurrency ${concurrency} needs the compiled worker (dist/src/run/worker.js, built by \`npm run build\`): ran in one thread`);
  }
  if (concurrency > 1 && workerFile) {
    const workerData: WorkerSetup = { config, ...(referenceDate ? { referenceDate } : {}), ...(shards ? { shards: { dir: shards.dir, pipeline: shards.pipeline, mentions: shards.mentions } } : {}) };
    // One worker starts first and builds the pipeline (the check below); the others start only when batches
    // queue up. Starting all of them at once and destroying the pool when the check failed terminated workers
    // still evaluating their modules, which once killed the process with V8's "FATAL ERROR:
    // v8::Module::IsGraphAsync … must be used on an instantiated module" (issue #14) instead of exit 2.
    // A long idle timeout keeps started workers (each pays ~1 s to load) until the pool is destroyed.
    const pool = new Piscina({ filename: workerFile, minThreads: 1, maxThreads: concurrency, idleTimeout: 60 * 60 * 1000, workerData });
    const check = (await pool.run(null)) as WorkerCheck;
    if (!check.ok) {
      await pool.destroy();
      throw new PipelineConfigError(config.file ?? config.name, check.error);
    }
    const batches = batcher<Item, DocResult | RecordRef | RecordRef[]>(DEFAULT_BATCH_SIZE, async (items) => {
      const task: WorkerTask = { inputs: items.map((i) => i.input), ...(shards ? { keys: items.map((i) => i.key), ...(windowChars !== undefined ? { windowChars } : {}) } : {}) };
      const { results, timings } = (await pool.run(task)) as WorkerResult;
      addTimings(timings);
      return results.map((r, i) => {
        if (!r.ok) return new Error(r.error);
        if ('record' in r) return r.record;
        if ('records' in r) return r.records;
        return { ...r.result, text: items[i]!.input.text, source: items[i]!.input.source };
      });
    });
    // Long documents go to the workers too when they write shards: each worker windows its own (run/worker.ts),
    // so documents in parts are processed in parallel, without a pipeline in this thread.
    return Object.assign((input: SourceDocument, key: string) => batches.add({ input, key }), { close: () => pool.destroy(), windows: shards !== undefined && windowChars !== undefined });
  }
  const pipeline = await localPipeline();
  const batches = batcher<Item, DocResult | RecordRef>(DEFAULT_BATCH_SIZE, async (items) => {
    const before = { ...pipeline.timings };
    const results = pipeline.processBatch(items.map((i) => i.input), referenceDate ? { referenceDate } : {});
    const delta: Record<string, number> = {};
    for (const [stage, ms] of Object.entries(pipeline.timings)) delta[stage] = ms - (before[stage] ?? 0);
    addTimings(delta);
    const docs = results.map((r) => (r.ok ? toDocResult(r.doc) : r.error));
    if (!shards) return docs;
    const t0 = performance.now();
    const refs = shardBatch(docs, items.map((i) => i.key), shards.pipeline, shards.dir, shards.mentions);
    addTimings({ shard: performance.now() - t0 });
    return refs;
  });
  return Object.assign((input: SourceDocument, key: string) => batches.add({ input, key }), { close: async () => {} });
}

/**
 * A document longer than WINDOW_CHARS goes through the pipeline window by window (see windows.ts) in this
 * thread, one window at a time (worker threads writing shards window their documents themselves). Written to shards, each window's result becomes a part of the document's
 * record (shard/render.ts) as soon as it is processed and is then dropped, so memory stays that of one
 * window whatever the document's length; a document of one record comes back as a list of one. In memory
 * (the library's `extract`), the windows' results are joined into one document.
 */
function windowed<T>(
  run: DocumentRunner<T>,
  local: () => Promise<DocumentRunner<DocResult>>,
  shards: ShardOptions | undefined,
  max: number,
  addTimings: (t: Record<string, number>) => void,
): DocumentRunner<T | RecordRef[]> {
  let plain: Promise<DocumentRunner<DocResult>> | undefined;
  const runOne = async (input: SourceDocument, key: string): Promise<T | RecordRef[]> => {
    if (input.text.length <= max || run.windows) return shards ? [(await run(input, key)) as RecordRef | RecordRef[]].flat() : run(input, key);
    const runner = await (plain ??= local());
    if (!shards) {
      const parts: Array<{ offset: number; result: DocResult }> = [];
      for (const w of windowDocuments(input, max)) parts.push({ offset: w.offset, result: await runner(w.input, '') });
      return mergeWindows(input, parts) as T;
    }
    const writer = new PartsWriter(shards.dir, key, shards.pipeline, shards.mentions);
    try {
      await eachWindowPart(input, max, (w) => runner(w, ''), (result, part) => {
        const t0 = performance.now();
        writer.add(result, part);
        addTimings({ shard: performance.now() - t0 });
      });
      return writer.finish();
    } catch (err) {
      writer.abort();
      throw err;
    }
  };
  return Object.assign(runOne, {
    close: async () => {
      await run.close();
      if (plain) await (await plain).close();
    },
  });
}

/**
 * More worker threads than the machine has cores only add start-up cost and memory: each loads the
 * models and indexes (~1 s, ~150 MB), and `--concurrency 64` on 2 cores took 22.9 s and 2.65 GB for two
 * small files against 2.5 s and 252 MB with 2 (issue #14). The request is capped, with a note.
 */
function cappedConcurrency(requested: number | undefined, notes: string[]): number {
  const wanted = Math.max(1, Math.floor(requested ?? 1));
  const cores = availableParallelism();
  if (wanted <= cores) return wanted;
  notes.push(`--concurrency ${wanted} is more than the ${cores} cores this machine has: running ${cores} worker threads`);
  return cores;
}

/** Worker threads need compiled JavaScript: the worker next to this module, or the package's dist/. */
function compiledWorkerFile(): string | undefined {
  const here = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(here)) return here;
  const dist = join(packageRoot(), 'dist', 'src', 'run', 'worker.js');
  return existsSync(dist) ? dist : undefined;
}

function emptyReport(file: InputFile): FileReport {
  return { relPath: file.relPath, status: 'ok', documents: 0, counts: { sentences: 0, mentions: 0, dates: 0, relations: 0, entities: 0 } };
}

function countInto(report: FileReport, counts: RecordCounts): void {
  report.documents++;
  addCounts(report.counts, counts);
}
