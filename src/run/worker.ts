import { workerData } from 'node:worker_threads';
import type { SourceDocument } from '../model/document.js';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { toDocResult, type DocResult } from '../model/doc-result.js';
import { PartsWriter, shardBatch } from '../shard/write-batch.js';
import { eachWindowPart } from './windows.js';
import type { RecordRef } from '../shard/store.js';
import type { MentionLayer } from '../graph/document-graph.js';

/** Given once to every worker when the pool starts (piscina's workerData). */
export interface WorkerSetup {
  config: PipelineConfig;
  referenceDate?: string;
  /** Write each batch as a shard file here (the CLI); without it, results go back to the main thread (the library). */
  shards?: { dir: string; pipeline: string; mentions: MentionLayer };
}

export interface WorkerTask {
  inputs: SourceDocument[];
  /** Document keys (shard/key.ts), one per input, when writing shards. */
  keys?: string[];
  /**
   * When writing shards: inputs longer than this go through the pipeline window by window, each window a
   * part of the document's record (run/windows.ts), in this worker (the queue's workers; `extract` windows
   * long documents before they reach a worker).
   */
  windowChars?: number;
}

// Each worker builds the pipeline once (gazetteer index, wink model, rule tables) and reuses it.
let pipeline: Promise<Pipeline> | undefined;

/** The answer to the start-up check: the pipeline built, or why not (a bad stage option, a bad gazetteer file). */
export type WorkerCheck = { ok: true } | { ok: false; error: string };

/** A processed document (without the text and source the main thread already holds), where its shard record is, or why it failed. */
export type WorkerDocResult =
  | { ok: true; result: Omit<DocResult, 'text' | 'source'> }
  | { ok: true; record: RecordRef }
  /** A long document's parts (see WorkerTask.windowChars). */
  | { ok: true; records: RecordRef[] }
  | { ok: false; error: string };

export interface WorkerResult {
  results: WorkerDocResult[];
  timings: Record<string, number>;
}

/**
 * A worker-thread task: a batch of documents through the pipeline (`processBatch`), then either written as
 * a shard in this thread (so the main thread only learns where the records are) or returned, with the
 * stage times it took. Called with `null`, it only builds the pipeline and says whether that worked, so a
 * bad pipeline fails the run once, up front, as it does in a single thread.
 */
export default async function processInWorker(task: WorkerTask | null): Promise<WorkerResult | WorkerCheck> {
  const setup = workerData as WorkerSetup;
  pipeline ??= buildPipeline(setup.config);
  if (task === null) {
    try {
      await pipeline;
      return { ok: true };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  }
  const p = await pipeline;
  const options = setup.referenceDate ? { referenceDate: setup.referenceDate } : {};
  const max = task.windowChars;
  if (setup.shards && task.keys && max !== undefined && task.inputs.some((input) => input.text.length > max)) {
    return processInWindows(p, task as WorkerTask & { keys: string[]; windowChars: number }, setup.shards, options);
  }
  const before = { ...p.timings };
  const batch = p.processBatch(task.inputs, options);
  const docs = batch.map((r) => (r.ok ? toDocResult(r.doc) : r.error));
  const timings: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(p.timings)) timings[stage] = ms - (before[stage] ?? 0);
  let results: WorkerDocResult[];
  if (setup.shards && task.keys) {
    const t0 = performance.now();
    results = shardBatch(docs, task.keys, setup.shards.pipeline, setup.shards.dir, setup.shards.mentions).map((r) => (r instanceof Error ? { ok: false, error: r.message } : { ok: true, record: r }));
    timings.shard = performance.now() - t0;
  } else {
    results = docs.map((d) => {
      if (d instanceof Error) return { ok: false, error: d.message };
      // The text and source go back to the main thread's copy: cloning them again would only cost time.
      const { text: _text, source: _source, ...result } = d;
      return { ok: true, result };
    });
  }
  return { results, timings };
}

/**
 * A batch that holds documents longer than the window: each long one alone, window by window (its record in
 * parts, written to one shard file as the windows are processed), the others as one batch.
 */
async function processInWindows(p: Pipeline, task: WorkerTask & { keys: string[]; windowChars: number }, shards: NonNullable<WorkerSetup['shards']>, options: { referenceDate?: string }): Promise<WorkerResult> {
  const max = task.windowChars;
  const short = task.inputs.flatMap((input, i) => (input.text.length > max ? [] : [i]));
  const rest = short.length ? ((await processInWorker({ inputs: short.map((i) => task.inputs[i]!), keys: short.map((i) => task.keys[i]!) })) as WorkerResult) : { results: [], timings: {} };
  const results: WorkerDocResult[] = new Array<WorkerDocResult>(task.inputs.length);
  short.forEach((i, k) => (results[i] = rest.results[k]!));
  const timings = { ...rest.timings };
  for (const [i, input] of task.inputs.entries()) {
    if (input.text.length <= max) continue;
    const writer = new PartsWriter(shards.dir, task.keys[i]!, shards.pipeline, shards.mentions);
    try {
      await eachWindowPart(input, max, (w) => {
        const before = { ...p.timings };
        const [r] = p.processBatch([w], options);
        for (const [stage, ms] of Object.entries(p.timings)) timings[stage] = (timings[stage] ?? 0) + ms - (before[stage] ?? 0);
        if (!r!.ok) throw r!.error;
        return toDocResult(r!.doc);
      }, (result, part) => writer.add(result, part));
      results[i] = { ok: true, records: writer.finish() };
    } catch (err) {
      writer.abort();
      results[i] = { ok: false, error: (err as Error).message };
    }
  }
  return { results, timings };
}
