import { rmSync } from 'node:fs';
import { mergeShards } from '../merge/merge.js';
import type { RunSummary } from '../model/run-summary.js';
import type { PipelineConfig } from '../pipeline/config.js';
import type { MentionLayer } from '../graph/document-graph.js';
import { pipelineVersion } from '../shard/key.js';
import { publish, stagingDir, workPaths } from '../sinks/output-files.js';
import { extractToShards, type ShardedRun } from './extract.js';
import { prepareOutputFolder } from './output-folder.js';
import type { Progress } from './progress.js';
import { pauseAt, pauseAtSync } from './pause-point.js';
import { tuneV8ForLongRun, tuneV8ForMerge } from './v8-settings.js';
import { releasePipelineState } from '../pipeline/shared-state.js';
import { collectFully } from '../model/full-collection.js';

export interface ExtractRunOptions {
  pipeline: PipelineConfig;
  referenceDate?: string;
  concurrency: number;
  /** Which mention and date phrases the graph keeps (default all). */
  mentions?: MentionLayer;
  resume?: boolean;
  force?: boolean;
  /** Keep the shards after the outputs are written (a later --resume with more inputs reuses them). */
  keepShards?: boolean;
  progress: Progress;
}

/**
 * `newsgraph extract` end to end: read → pipeline → a shard per batch (in the workers) → streaming merge
 * into a staging folder → publish. The outputs of the folder change only in `publish`, after the merge
 * has written every file; until then a previous run's outputs stay as they were. Killed at any moment, the
 * run leaves its finished shards, and `--resume` processes only the documents without one.
 */
export async function extractRun(inputs: readonly string[], outDir: string, options: ExtractRunOptions): Promise<{ run: ShardedRun; summary: RunSummary; reused: number }> {
  const mentions = options.mentions ?? 'all';
  const version = pipelineVersion(options.pipeline, options.referenceDate, mentions);
  const done = prepareOutputFolder(outDir, { pipeline: version, ...(options.resume ? { resume: true } : {}), ...(options.force ? { force: true } : {}) });
  const { shards } = workPaths(outDir);
  tuneV8ForLongRun(options.concurrency);
  return extractAndMerge(inputs, outDir, options, { version, mentions, done, shards });
}

async function extractAndMerge(
  inputs: readonly string[],
  outDir: string,
  options: ExtractRunOptions,
  { version, mentions, done, shards }: { version: string; mentions: MentionLayer; done: ReturnType<typeof prepareOutputFolder>; shards: string },
): Promise<{ run: ShardedRun; summary: RunSummary; reused: number }> {
  let reused = 0;
  let processed = 0;
  const run = await extractToShards(
    inputs,
    {
      pipeline: options.pipeline,
      concurrency: options.concurrency,
      ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
      onFile: (file, n, total) => {
        options.progress.file(n, total, file.status === 'failed');
        if (file.status === 'failed') options.progress.say(`failed: ${file.relPath}: ${file.reason}`);
        for (const p of file.problems ?? []) options.progress.say(`warning: ${file.relPath} ${p.record}: ${p.reason}`);
      },
      onDocument: (outcome) => {
        if (outcome === 'reused') reused++;
        else processed++;
        options.progress.document(outcome);
        pauseAtSync(`documents:${processed}`);
      },
    },
    { dir: shards, pipeline: version, mentions, done },
  );
  // The merge needs no pipeline: what this thread's pipelines shared (wink, the gazetteer) goes before it starts.
  releasePipelineState();
  collectFully();
  tuneV8ForMerge();
  const t0 = performance.now();
  const staging = stagingDir(outDir);
  let summary: RunSummary;
  try {
    summary = await mergeShards(
      { records: run.records, pipeline: run.pipeline, files: run.files, notes: run.notes, timings: run.timings, started: t0 },
      staging,
      async (phase) => {
        options.progress.phase(phase);
        await pauseAt(`merge:${phase}`);
      },
    );
  } finally {
    run.files.dispose();
  }
  publish(outDir, staging, () => pauseAtSync('publish'));
  if (!options.keepShards) rmSync(workPaths(outDir).work, { recursive: true, force: true });
  run.timings.total = (run.timings.total ?? 0) + performance.now() - t0;
  return { run, summary, reused };
}
