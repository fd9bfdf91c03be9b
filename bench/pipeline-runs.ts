import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { DEFAULT_BATCH_SIZE, type Pipeline } from '../src/pipeline/pipeline.js';
import { corpusBytes, type BenchDocument } from './corpus.js';
import type { Runner } from './interleave.js';
import { seconds, throughput, type Throughput } from './measure.js';

const sourceOf = (d: BenchDocument) => ({ id: `${d.id}.txt`, source: { path: `/bench/${d.id}.txt`, relPath: `${d.id}.txt`, sha256: '' }, text: d.text });

/**
 * The whole pipeline in this thread, in batches of `batchSize` documents (`processBatch`, as the batch runner
 * does; 1 = `process`, one document through every stage at a time); `pipeline.timings` keeps the time per stage.
 */
export function pipelineRunner(pipeline: Pipeline, batchSize = DEFAULT_BATCH_SIZE): Runner {
  return {
    name: batchSize > 1 ? `pipeline, batches of ${batchSize}` : 'pipeline, per document',
    run(docs) {
      let tokens = 0;
      if (batchSize === 1) {
        for (const d of docs) tokens += pipeline.process(sourceOf(d)).tokens.length;
        return tokens;
      }
      for (let i = 0; i < docs.length; i += batchSize) {
        for (const r of pipeline.processBatch(docs.slice(i, i + batchSize).map(sourceOf))) {
          if (!r.ok) throw r.error;
          tokens += r.doc.tokens.length;
        }
      }
      return tokens;
    },
  };
}

/**
 * The batch runner end to end (read files, pipeline in worker threads when concurrency > 1), over the
 * corpus written to a temporary folder, one file per document. Wall clock includes starting the workers
 * and loading their resources, as a user's run would. With `write`, the time also covers writing every
 * output file (graph.jsonld, graph.nq, triples.tsv, report.html, manifest.json): all `newsgraph extract` does.
 */
export async function benchExtract(pipelineFile: string | undefined, docs: readonly BenchDocument[], tokens: number, concurrency: number): Promise<Throughput> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  try {
    mkdirSync(join(dir, 'corpus'));
    for (const d of docs) writeFileSync(join(dir, 'corpus', `${d.id}.txt`), d.text);
    const run = await seconds(() => extract([join(dir, 'corpus')], { concurrency, ...(pipelineFile ? { pipeline: pipelineFile } : {}) }));
    const failed = run.value.files.filter((f) => f.status !== 'ok');
    if (failed.length > 0) throw new Error(`extract failed on ${failed.length} files, e.g. ${failed[0]!.relPath}: ${failed[0]!.reason ?? ''}`);
    const bytes = corpusBytes(docs);
    return throughput(run.value.documents.length, tokens, bytes, run.seconds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
