import { workerData } from 'node:worker_threads';
import type { SourceDocument } from '../model/document.js';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { toDocResult, type DocResult } from './doc-result.js';

/** Given once to every worker when the pool starts (piscina's workerData). */
export interface WorkerSetup {
  config: PipelineConfig;
  referenceDate?: string;
}

// Each worker builds the pipeline once (gazetteer index, wink model, rule tables) and reuses it.
let pipeline: Promise<Pipeline> | undefined;

/** The answer to the start-up check: the pipeline built, or why not (a bad stage option, a bad gazetteer file). */
export type WorkerCheck = { ok: true } | { ok: false; error: string };

/**
 * A worker-thread task: a batch of documents through the pipeline (`processBatch`), returned with the stage
 * times it took. Called with `null`, it only builds the pipeline and says whether that worked, so a bad
 * pipeline fails the run once, up front, as it does in a single thread.
 */
export default async function processInWorker(inputs: SourceDocument[] | null): Promise<WorkerResult | WorkerCheck> {
  const setup = workerData as WorkerSetup;
  pipeline ??= buildPipeline(setup.config);
  if (inputs === null) {
    try {
      await pipeline;
      return { ok: true };
    } catch (err) {
      return { ok: false, error: (err as Error).message };
    }
  }
  const p = await pipeline;
  const before = { ...p.timings };
  const batch = p.processBatch(inputs, setup.referenceDate ? { referenceDate: setup.referenceDate } : {});
  const timings: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(p.timings)) timings[stage] = ms - (before[stage] ?? 0);
  const results = batch.map((r): WorkerDocResult => {
    if (!r.ok) return { ok: false, error: r.error.message };
    // The text and source go back to the main thread's copy: cloning them again would only cost time.
    const { text: _text, source: _source, ...result } = toDocResult(r.doc);
    return { ok: true, result };
  });
  return { results, timings };
}

/** A processed document without the text and source the main thread already holds, or why it failed. */
export type WorkerDocResult = { ok: true; result: Omit<DocResult, 'text' | 'source'> } | { ok: false; error: string };

export interface WorkerResult {
  results: WorkerDocResult[];
  timings: Record<string, number>;
}
