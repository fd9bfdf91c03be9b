import type { SourceDocument } from '../model/document.js';
import type { InputFormat } from '../read/discover.js';

/**
 * A document in a job: a reference to a text or markdown file on storage every worker sees (the worker
 * reads it), or, for JSON/JSONL input, the record itself. `key` is the document's key (shard/key.ts),
 * which the worker checks: a file changed since it was enqueued fails instead of mixing two versions.
 */
export type JobDocument = { key: string } & ({ file: { path: string; relPath: string; format: InputFormat } } | { doc: SourceDocument });

export interface JobData {
  run: string;
  docs: JobDocument[];
}

/** What a finished job returns (BullMQ keeps it while the job is kept). */
export interface JobResult {
  documents: number;
  failed: number;
}
