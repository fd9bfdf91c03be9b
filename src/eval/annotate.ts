import type { Pipeline } from '../pipeline/pipeline.js';
import type { Annotate } from './evaluate.js';

/** Runs a built pipeline on gold texts, with the document creation time as the reference date. */
export function pipelineAnnotator(pipeline: Pipeline, goldFile: string): Annotate {
  return (gold) => {
    const source = { path: goldFile, relPath: gold.id, sha256: '', ...(gold.dct ? { date: gold.dct } : {}) };
    return pipeline.process({ id: gold.id, source, text: gold.text }, gold.dct ? { referenceDate: gold.dct } : {});
  };
}
