import { packageVersion } from '../model/package-root.js';
import type { PipelineConfig } from '../pipeline/config.js';
import type { RunSummary } from '../model/run-summary.js';
import { ChunkedWriter } from './chunked-writer.js';

/** What a file's status adds to the run's summary. */
export type FileTally = Pick<RunSummary, 'files' | 'ok' | 'failed' | 'skipped' | 'failedRecords'>;

/** The manifest's file entries, in order: held in memory (the library) or read back from a spool (file-report-spool.ts). */
export interface FileEntries {
  tally: FileTally;
  entries(): Iterable<unknown>;
}

export function emptyTally(): FileTally {
  return { files: 0, ok: 0, failed: 0, skipped: 0, failedRecords: 0 };
}

/** Adds one file entry to a tally. */
export function tallyFile(tally: FileTally, file: { status: string; problems?: readonly unknown[] }): void {
  tally.files++;
  if (file.status === 'ok') tally.ok++;
  else if (file.status === 'failed') tally.failed++;
  else if (file.status === 'skipped') tally.skipped++;
  tally.failedRecords += file.problems?.length ?? 0;
}

/** File entries held in an array. */
export function fileEntriesOf(files: ReadonlyArray<{ status: string; problems?: readonly unknown[] }>): FileEntries {
  const tally = emptyTally();
  for (const f of files) tallyFile(tally, f);
  return { tally, entries: () => files };
}

export interface ManifestFacts {
  pipeline: PipelineConfig;
  summary: RunSummary;
  outputs: Record<string, string>;
  notes: string[];
  files: Iterable<unknown>;
  messages: Iterable<unknown>;
  timings: Record<string, number>;
}

/**
 * manifest.json: what was read and how it went — every input file with its sha256, status and counts,
 * plus tool version, pipeline and timings; `complete: true` once every output is written (it is the last
 * file to appear). Message spans are code points, like every offset of the output. The only output that
 * may differ between identical runs (timings).
 *
 * The text is `JSON.stringify(manifest, null, 2)`'s, written entry by entry: the files and messages of
 * 100,000 documents come from the shards and the file-report spool one at a time, never as one array or
 * one string.
 */
export async function writeManifest(path: string, facts: ManifestFacts): Promise<void> {
  const out = await ChunkedWriter.open(path);
  try {
    const text = JSON.stringify(manifestHead(facts), null, 2);
    out.push(text.slice(0, -2)); // without the closing "\n}"
    out.push(',\n  "files": ');
    writeArray(out, facts.files);
    out.push(',\n  "messages": ');
    writeArray(out, facts.messages);
    out.push(`,\n  "timingsMs": ${indented(timingsMs(facts.timings))}\n}\n`);
  } finally {
    await out.close();
  }
}

/** The manifest's fields before `files`, in order. */
export function manifestHead(facts: ManifestFacts): Record<string, unknown> {
  return {
    tool: { name: 'newsgraph', version: packageVersion() },
    complete: true,
    pipeline: { name: facts.pipeline.name, file: facts.pipeline.file ?? null, stages: facts.pipeline.stages },
    summary: facts.summary,
    outputs: facts.outputs,
    notes: facts.notes,
  };
}

/** The manifest's last field: milliseconds, rounded. */
export const timingsMs = (timings: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]));

/** A value as JSON.stringify(…, null, 2) writes it as a property of the top-level object. */
const indented = (value: unknown): string => (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, '\n  ');

/** An array, property of the top-level object, as JSON.stringify(…, null, 2) writes it. */
function writeArray(out: ChunkedWriter, items: Iterable<unknown>): void {
  let first = true;
  for (const item of items) {
    out.push(first ? '[\n    ' : ',\n    ');
    out.push((JSON.stringify(item, null, 2) ?? 'null').replace(/\n/g, '\n    '));
    first = false;
  }
  out.push(first ? '[]' : '\n  ]');
}
