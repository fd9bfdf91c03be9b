/**
 * newsgraph as a library: the same pipeline the CLI runs.
 *
 *   import { extract, writeOutputs } from 'newsgraph';
 *   const result = await extract(['reports/'], { referenceDate: '2025-11-14' });
 *   await writeOutputs(result, 'output');
 */
export { extract, type ExtractOptions, type ExtractResult, type FileReport } from './run/extract.js';
export type { DocResult } from './model/doc-result.js';
export { writeOutputs, OUTPUT_FILES } from './run/write-outputs.js';
export { buildGraph, type Graph, type StatementRow, type JsonLdNode } from './graph/build-graph.js';
export { loadPipeline, loadPipelineConfig, buildPipeline, pipelineConfigFrom, defaultPipelineFile, DEFAULT_BATCH_SIZE, type Pipeline, type BatchResult } from './pipeline/pipeline.js';
export { type PipelineConfig, type StageConfig } from './pipeline/config.js';
export { PipelineConfigError } from './stage/options.js';
export { CONTEXT, NS, PREDICATES } from './graph/vocabulary.js';
export * from './model/document.js';
