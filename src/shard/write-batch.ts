import type { DocResult } from '../model/doc-result.js';
import type { MentionLayer } from '../graph/document-graph.js';
import { renderRecordParts, type PartOf } from './render.js';
import { ShardFileWriter, type RecordRef } from './store.js';

/**
 * A processed batch as one shard file in `dir` (see format.ts), written where the batch was processed:
 * in a worker, the main thread gets back only where each record is. Each record goes to the file as soon as
 * it is rendered, from the renderer's reused buffer: joining a batch's records first (32 documents,
 * ~50 MB of ISW records) and then writing them cost more than rendering them (CPU profile on 60 ISW
 * reports: Buffer.concat 2.1 s, rendering 4.2 s). A document that fails here fails alone; documents that
 * failed earlier (`Error`s) pass through.
 */
export function shardBatch(docs: ReadonlyArray<DocResult | Error>, keys: readonly string[], pipeline: string, dir: string, mentions: MentionLayer = 'all'): Array<RecordRef | Error> {
  const file = new ShardFileWriter(dir);
  let placed: Array<Omit<RecordRef, 'file'> | Error>;
  let path: string | undefined;
  try {
    placed = docs.map((doc, i) => {
      if (doc instanceof Error) return doc;
      let record;
      try {
        record = renderRecordParts(doc, keys[i]!, pipeline, mentions);
      } catch (err) {
        return new Error(`writing its shard: ${(err as Error).message}`);
      }
      const at = file.append(keys[i]!, record.parts);
      return { header: record.header, headerStart: at, bodyStart: at + record.parts[0].length };
    });
    path = file.finish();
  } catch (err) {
    file.abort();
    throw err;
  }
  return placed.map((p) => (p instanceof Error ? p : { file: path!, ...p }));
}

/**
 * A long document's parts (render.ts `PartOf`), appended to one shard file as each window is processed, so
 * that only one window's result and rendering is in memory at a time. The file is renamed into place when
 * the last part is written: a document is in the shards whole or not at all, which --resume relies on.
 */
export class PartsWriter {
  private readonly file: ShardFileWriter;
  private readonly placed: Array<Omit<RecordRef, 'file'>> = [];

  constructor(
    dir: string,
    private readonly key: string,
    private readonly pipeline: string,
    private readonly mentions: MentionLayer = 'all',
  ) {
    this.file = new ShardFileWriter(dir);
  }

  add(doc: DocResult, part: PartOf): void {
    const record = renderRecordParts(doc, this.key, this.pipeline, this.mentions, part);
    const at = this.file.append(`${this.key}#${part.index}`, record.parts);
    this.placed.push({ header: record.header, headerStart: at, bodyStart: at + record.parts[0].length });
  }

  /** The parts' records, once the file is in place. */
  finish(): RecordRef[] {
    const path = this.file.finish()!;
    return this.placed.map((p) => ({ file: path, ...p }));
  }

  abort(): void {
    this.file.abort();
  }
}
