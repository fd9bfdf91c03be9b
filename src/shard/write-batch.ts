import type { DocResult } from '../model/doc-result.js';
import type { MentionLayer } from '../graph/document-graph.js';
import { decodeHeader } from './format.js';
import { renderRecord } from './render.js';
import { writeShard, type RecordRef } from './store.js';

/**
 * A processed batch as one shard file in `dir` (see format.ts), written where the batch was processed:
 * in a worker, the main thread gets back only where each record is. A document that fails here fails
 * alone; documents that failed earlier (`Error`s) pass through.
 */
export function shardBatch(docs: ReadonlyArray<DocResult | Error>, keys: readonly string[], pipeline: string, dir: string, mentions: MentionLayer = 'all'): Array<RecordRef | Error> {
  const rendered = docs.map((doc, i): { bytes: Buffer; key: string } | Error => {
    if (doc instanceof Error) return doc;
    try {
      return { bytes: renderRecord(doc, keys[i]!, pipeline, mentions).bytes, key: keys[i]! };
    } catch (err) {
      return new Error(`writing its shard: ${(err as Error).message}`);
    }
  });
  const records = rendered.filter((r): r is { bytes: Buffer; key: string } => !(r instanceof Error));
  if (records.length === 0) return rendered as Error[];
  const file = writeShard(dir, records.map((r) => r.key), records.map((r) => r.bytes));
  let at = 0;
  return rendered.map((r) => {
    if (r instanceof Error) return r;
    const nl = r.bytes.indexOf(10);
    const ref: RecordRef = { file, header: decodeHeader(r.bytes.toString('utf8', 0, nl)), bodyStart: at + nl + 1 };
    at += r.bytes.length;
    return ref;
  });
}
