import type { RunSummary } from '../model/run-summary.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { addCounts, type RecordCounts } from '../shard/format.js';
import { RecordTable } from '../shard/record-table.js';
import { scanShard } from '../shard/store.js';
import { fileEntriesOf } from '../sinks/manifest.js';
import { publish, stagingDir } from '../sinks/output-files.js';
import { fileEntries, type InputFacts } from './file-reports.js';
import { mergeShards, type MergePhase } from './merge.js';

export interface DistributedRun {
  pipeline: PipelineConfig;
  /** Every shard file found, in the order their records are taken; a document processed twice (a retried job) may have several records. */
  shards: readonly string[];
  inputs: readonly InputFacts[];
  /** Document key → why it has no record. */
  failures: ReadonlyMap<string, string>;
  notes?: string[];
}

/**
 * The final outputs of a run whose documents were processed elsewhere (other processes, other machines):
 * one record per document of the run's inputs — a record whose key no input lists (another run's) is left
 * out, and of a document's copies (a job run twice) the first is kept: copies are identical, since the key
 * is the content hash under one pipeline version — then the same streaming merge as `extract`, published
 * into `outDir` when whole.
 */
export async function mergeDistributed(run: DistributedRun, outDir: string, onPhase?: (phase: MergePhase) => void): Promise<RunSummary> {
  const t0 = performance.now();
  const wanted = new Set(run.inputs.flatMap((f) => f.documents.map(([key]) => key)));
  // A record per document, or per part of a long document (shard/format.ts): its counts add up.
  const taken = new Set<string>();
  const records = new RecordTable();
  const counts = new Map<string, RecordCounts>();
  for (const file of run.shards) {
    for (const ref of scanShard(file)) {
      const id = ref.header.part ? `${ref.header.key}#${ref.header.part[0]}` : ref.header.key;
      if (!wanted.has(ref.header.key) || taken.has(id)) continue;
      taken.add(id);
      records.add(ref);
      const sum = counts.get(ref.header.key) ?? { sentences: 0, mentions: 0, dates: 0, relations: 0, entities: 0 };
      addCounts(sum, ref.header.counts);
      counts.set(ref.header.key, sum);
    }
  }
  const files = fileEntries(run.inputs, counts, run.failures);
  const staging = stagingDir(outDir);
  const timings: Record<string, number> = {};
  const summary = await mergeShards({ records, pipeline: run.pipeline, files: fileEntriesOf(files), notes: run.notes ?? [], timings, started: t0 }, staging, onPhase);
  publish(outDir, staging);
  return summary;
}
