import type { SourceDocument } from '../model/document.js';
import { buildPipeline, type Pipeline } from '../pipeline/pipeline.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { toDocResult, type DocResult } from './doc-result.js';

/** A worker-thread task: one document through the pipeline described by `config`. */
export interface WorkerTask {
  config: PipelineConfig;
  input: SourceDocument;
  referenceDate?: string;
}

// Each worker builds the pipeline once (gazetteer index, wink model) and reuses it for every task.
let cached: { key: string; pipeline: Promise<Pipeline> } | undefined;

export default async function processInWorker(task: WorkerTask): Promise<{ result: DocResult; timings: Record<string, number> }> {
  const key = JSON.stringify(task.config);
  if (!cached || cached.key !== key) cached = { key, pipeline: buildPipeline(task.config) };
  const pipeline = await cached.pipeline;
  const before = { ...pipeline.timings };
  const doc = pipeline.process(task.input, task.referenceDate ? { referenceDate: task.referenceDate } : {});
  const timings: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(pipeline.timings)) timings[stage] = ms - (before[stage] ?? 0);
  return { result: toDocResult(doc), timings };
}
