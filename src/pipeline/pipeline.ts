import { createDoc, type Doc, type SourceDocument } from '../model/document.js';
import { defaultPipelineFile, packageRoot } from '../model/package-root.js';
import { readPipelineFile, validatePipelineConfig, PipelineConfigError, type PipelineConfig } from './config.js';
import { knownStages, stageRegistry } from './registry.js';
import type { Stage } from './stage.js';

export interface ProcessOptions {
  /** Reference date for relative expressions (overrides the document's own metadata). */
  referenceDate?: string;
}

/** A built pipeline: its stages are constructed once (resources loaded) and run on every document. */
export interface Pipeline {
  readonly config: PipelineConfig;
  readonly stages: readonly Stage[];
  process(input: SourceDocument, options?: ProcessOptions): Doc;
  /** Milliseconds spent in each stage since the pipeline was built (for the manifest and profiling). */
  readonly timings: Readonly<Record<string, number>>;
}

export { defaultPipelineFile };

export function loadPipelineConfig(file: string = defaultPipelineFile()): PipelineConfig {
  return readPipelineFile(file, knownStages);
}

/** Validates an in-memory pipeline definition (same rules as a file). */
export function pipelineConfigFrom(raw: unknown, baseDir: string = packageRoot()): PipelineConfig {
  return validatePipelineConfig(raw, knownStages, '(in memory)', baseDir);
}

export async function buildPipeline(config: PipelineConfig): Promise<Pipeline> {
  const env = { baseDir: config.baseDir, packageRoot: packageRoot() };
  const stages: Stage[] = [];
  for (const s of config.stages) {
    const factory = stageRegistry[s.stage];
    if (!factory) throw new PipelineConfigError(config.file ?? config.name, `unknown stage "${s.stage}"`);
    stages.push(await factory(s.options, env));
  }
  const timings: Record<string, number> = Object.fromEntries(stages.map((s) => [s.name, 0]));
  return {
    config,
    stages,
    timings,
    process(input, options = {}) {
      const doc = createDoc(input);
      const ref = options.referenceDate ?? input.source.date;
      if (ref) {
        doc.referenceDate = ref;
        doc.referenceDateSource = options.referenceDate ? 'option' : 'metadata';
      }
      for (const stage of stages) {
        const t0 = performance.now();
        stage.run(doc);
        timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
      }
      return doc;
    },
  };
}

/** Convenience for library users and the evaluator: one text in, one annotated document out. */
export async function loadPipeline(file?: string): Promise<Pipeline> {
  return buildPipeline(loadPipelineConfig(file));
}
