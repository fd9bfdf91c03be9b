import { mkdirSync, rmSync } from 'node:fs';
import { mergeShards } from '../merge/merge.js';
import { DEFAULT_BATCH_SIZE } from '../pipeline/pipeline.js';
import { RecordTable } from '../shard/record-table.js';
import { documentKey, pipelineVersion } from '../shard/key.js';
import { shardBatch } from '../shard/write-batch.js';
import { fileEntriesOf } from '../sinks/manifest.js';
import { OUTPUT_FILES, publish, stagingDir, workPaths } from '../sinks/output-files.js';
import type { ExtractResult } from './extract.js';

export { OUTPUT_FILES };

/**
 * Writes every output of a run held in memory into `outDir` (the library's `writeOutputs`): the documents
 * become shards, then the same streaming merge as the CLI's writes the files. Returns the run's counts.
 */
export async function writeOutputs(result: ExtractResult, outDir: string): Promise<{ entities: number; statements: number }> {
  const t0 = performance.now();
  const { shards } = workPaths(outDir);
  mkdirSync(shards, { recursive: true });
  const version = pipelineVersion(result.pipeline, undefined);
  const records = new RecordTable();
  for (let i = 0; i < result.documents.length; i += DEFAULT_BATCH_SIZE) {
    const batch = result.documents.slice(i, i + DEFAULT_BATCH_SIZE);
    const keys = batch.map((d) => documentKey(d, version));
    for (const ref of shardBatch(batch, keys, version, shards)) {
      if (ref instanceof Error) throw ref;
      records.add(ref);
    }
  }
  const staging = stagingDir(outDir);
  const timings = { ...result.timings };
  const summary = await mergeShards({ records, pipeline: result.pipeline, files: fileEntriesOf(result.files), notes: result.notes, timings, started: t0 }, staging);
  publish(outDir, staging);
  rmSync(workPaths(outDir).work, { recursive: true, force: true });
  return summary;
}
