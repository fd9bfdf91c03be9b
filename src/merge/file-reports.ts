import type { RecordProblem } from '../read/load.js';
import { addCounts, type RecordCounts } from '../shard/format.js';
import type { StreamInput } from '../shard/ndjson.js';

/**
 * What is known about an input file before its documents are processed, when that happens elsewhere (the
 * line stream of `extract --stdin --ndjson`, the jobs of a queue run): how it was read, and its documents'
 * keys and ids in the file's order.
 */
export type InputFacts = StreamInput;

/** A file's entry in manifest.json, as `extract` writes it (same fields, same order). */
export interface FileEntry {
  relPath: string;
  status: 'ok' | 'failed' | 'skipped';
  documents: number;
  counts: RecordCounts;
  sha256?: string;
  bytes?: number;
  problems?: RecordProblem[];
  reason?: string;
}

/**
 * The manifest's file entries once the documents are processed: counts summed from each document's
 * shard record, and a document without one listed with why (`failures`, by key) — as `extract` does in one
 * process (run/extract.ts), so a run split over processes or machines writes the same manifest.
 */
export function fileEntries(facts: readonly InputFacts[], counts: ReadonlyMap<string, RecordCounts>, failures: ReadonlyMap<string, string>): FileEntry[] {
  return facts.map((f) => {
    const entry: FileEntry = { relPath: f.relPath, status: f.status, documents: 0, counts: { sentences: 0, mentions: 0, dates: 0, relations: 0, entities: 0 } };
    if (f.status !== 'ok') {
      if (f.reason !== undefined) entry.reason = f.reason;
      if (f.sha256) entry.sha256 = f.sha256;
      if (f.bytes !== undefined) entry.bytes = f.bytes;
      return entry;
    }
    if (f.sha256) entry.sha256 = f.sha256;
    if (f.bytes !== undefined) entry.bytes = f.bytes;
    if (f.problems?.length) entry.problems = [...f.problems];
    for (const [key, id] of f.documents) {
      const c = counts.get(key);
      if (c) {
        entry.documents++;
        addCounts(entry.counts, c);
      } else {
        (entry.problems ??= []).push({ record: id, reason: failures.get(key) ?? 'pipeline error: no result for this document' });
      }
    }
    if (f.documents.length > 0 && entry.documents === 0) {
      entry.status = 'failed';
      entry.reason = 'no document of the file could be processed';
    }
    return entry;
  });
}
