import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { listShards, scanShard, type RecordRef } from '../shard/store.js';
import { RecordTable } from '../shard/record-table.js';
import { WORK_DIR, workPaths } from '../sinks/output-files.js';

/**
 * The complete documents an earlier run left in the shards, for --resume: their records in a RecordTable (a
 * document's parts one after another), and each document's first record by key.
 */
export class ReusableShards {
  readonly records = new RecordTable();
  private readonly first = new Map<string, number>();

  /** Adds a document's records (one, or every part in order). */
  add(key: string, refs: readonly RecordRef[]): void {
    this.first.set(key, this.records.size);
    for (const ref of refs) this.records.add(ref);
  }

  /** A document's records (their headers read again from the shard), or undefined when it has none. */
  refs(key: string): RecordRef[] | undefined {
    const first = this.first.get(key);
    if (first === undefined) return undefined;
    const count = this.records.part(first)[1] || 1;
    return Array.from({ length: count }, (_, k) => this.records.ref(first + k));
  }

  get size(): number {
    return this.first.size;
  }
}

/** A refused output folder: a usage error (exit code 2), with what to do. */
export class OutputFolderError extends Error {}

/**
 * Makes the output folder ready for a run and returns the shards an earlier run left that can be reused.
 * A folder holding files (other than hidden ones) or a run's working folder is refused unless the user says what to do with it: `--resume` (keep the shards of
 * the same pipeline version, re-process the rest) or `--force` (start over; the previous outputs stay
 * until the new ones replace them).
 */
export function prepareOutputFolder(outDir: string, options: { resume?: boolean; force?: boolean; pipeline: string }): ReusableShards {
  let entries: string[] = [];
  try {
    entries = readdirSync(outDir);
  } catch {
    // missing: made below
  }
  // Hidden files (.gitkeep, .DS_Store) do not make a folder another run's; the run's own .newsgraph/ does.
  const occupied = entries.some((name) => !name.startsWith('.') || name === WORK_DIR);
  if (occupied && !options.resume && !options.force) {
    throw new OutputFolderError(
      `output folder ${outDir} is not empty: use --resume to finish an interrupted run of the same inputs there, or --force to replace its outputs`,
    );
  }
  const { work, shards } = workPaths(outDir);
  if (!options.resume) rmSync(work, { recursive: true, force: true });
  mkdirSync(shards, { recursive: true });
  const done = new ReusableShards();
  if (!options.resume) return done;
  for (const name of readdirSync(shards)) if (name.endsWith('.tmp')) rmSync(`${shards}/${name}`, { force: true });
  for (const file of listShards(shards)) {
    let refs: RecordRef[];
    try {
      refs = scanShard(file);
    } catch {
      rmSync(file, { force: true }); // damaged: its documents are processed again
      continue;
    }
    // A document's records: one, or all its parts (a long document's parts are written in one file).
    const ofFile = new Map<string, RecordRef[]>();
    for (const ref of refs) {
      if (ref.header.pipeline !== options.pipeline) continue;
      const list = ofFile.get(ref.header.key);
      if (list && ref.header.part) list.push(ref);
      else ofFile.set(ref.header.key, [ref]);
    }
    for (const [key, list] of ofFile) if (list.length === (list[0]!.header.part?.[1] ?? 1)) done.add(key, list);
  }
  return done;
}
