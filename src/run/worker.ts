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

/** A worker-thread task: one document through the pipeline. Returns it with the stage times it took. */
export default async function processInWorker(input: SourceDocument): Promise<{ result: DocResult; timings: Record<string, number> }> {
  const setup = workerData as WorkerSetup;
  pipeline ??= buildPipeline(setup.config);
  const p = await pipeline;
  const before = { ...p.timings };
  const doc = p.process(input, setup.referenceDate ? { referenceDate: setup.referenceDate } : {});
  const timings: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(p.timings)) timings[stage] = ms - (before[stage] ?? 0);
  return { result: toDocResult(doc), timings };
}
