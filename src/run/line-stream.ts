import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { MentionLayer } from '../graph/document-graph.js';
import type { SourceDocument } from '../model/document.js';
import { toDocResult } from '../model/doc-result.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { buildPipeline, DEFAULT_BATCH_SIZE } from '../pipeline/pipeline.js';
import { recordDocument } from '../read/load.js';
import { documentKey, pipelineVersion } from '../shard/key.js';
import { LINES_FORMAT, LINES_VERSION, recordLine, type StreamEnd, type StreamStart } from '../shard/ndjson.js';
import { renderRecord, renderRecordParts } from '../shard/render.js';
import { eachWindowPart, WINDOW_CHARS } from './windows.js';

export interface LineStreamOptions {
  pipeline: PipelineConfig;
  referenceDate?: string;
  /** Which mention and date phrases the graph keeps (default all). */
  mentions?: MentionLayer;
  /** The input's name, as `extract <name>` would record it (its path relative to the input root). */
  name: string;
  /** Problems on stderr as they happen. */
  warn?: (line: string) => void;
  /** Records longer than this (UTF-16 code units) are processed window by window (default WINDOW_CHARS, windows.ts). */
  windowChars?: number;
}

/**
 * `newsgraph extract --stdin --ndjson`: JSONL records (`{"id", "text", …}`, as in a .jsonl input file) on
 * `input`, one JSON line per document on `output` — its shard record (shard/ndjson.ts) — in input order,
 * between a start line (the pipeline) and an end line (the input's hash, size and problems). Records are
 * processed in batches as they arrive, so memory holds one batch whatever the stream's length. Engines
 * that split the input (Spark partitions) run one process per part; `merge --shards` puts the parts back.
 */
export async function streamLines(input: Readable, output: Writable, options: LineStreamOptions): Promise<StreamEnd['input']> {
  const mentions = options.mentions ?? 'all';
  const windowChars = options.windowChars ?? WINDOW_CHARS;
  const version = pipelineVersion(options.pipeline, options.referenceDate, mentions);
  const pipeline = await buildPipeline(options.pipeline);
  const path = resolve(options.name);
  const file = { path, relPath: options.name, format: 'jsonl' as const };
  const facts: StreamEnd['input'] = { relPath: options.name, status: 'ok', problems: [], documents: [], failures: [] };
  const hash = createHash('sha256');
  let bytes = 0;

  const write = async (text: string): Promise<void> => {
    if (!output.write(text)) await new Promise<void>((done) => output.once('drain', done));
  };
  const start: StreamStart = { format: LINES_FORMAT, version: LINES_VERSION, pipeline: options.pipeline, pipelineVersion: version };
  await write(`${JSON.stringify(start)}\n`);

  let batch: SourceDocument[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    const results = pipeline.processBatch(docs, options.referenceDate ? { referenceDate: options.referenceDate } : {});
    for (const [i, r] of results.entries()) {
      const doc = docs[i]!;
      const key = documentKey(doc, version);
      if (!r.ok) {
        facts.failures.push([key, `pipeline error: ${r.error.message}`]);
        options.warn?.(`warning: ${doc.id}: pipeline error: ${r.error.message}`);
        continue;
      }
      let line: string;
      try {
        line = JSON.stringify(recordLine(renderRecord(toDocResult(r.doc), key, version, mentions).bytes));
      } catch (err) {
        facts.failures.push([key, `pipeline error: writing its shard: ${(err as Error).message}`]);
        continue;
      }
      await write(`${line}\n`);
    }
  };
  /**
   * A record longer than the window: window by window, a line per part (shard/render.ts), so memory is one
   * window's. Its lines follow each other; a failed window fails the document, and the lines of its parts
   * already written are left out by the merge (it takes a document only with all its parts).
   */
  const windowed = async (doc: SourceDocument): Promise<void> => {
    const key = documentKey(doc, version);
    try {
      await eachWindowPart(doc, windowChars, (w) => {
        const [r] = pipeline.processBatch([w], options.referenceDate ? { referenceDate: options.referenceDate } : {});
        if (!r!.ok) throw r!.error;
        return toDocResult(r!.doc);
      }, async (result, part) => {
        const record = renderRecordParts(result, key, version, mentions, part);
        await write(`${JSON.stringify(recordLine(Buffer.concat(record.parts)))}\n`);
      });
    } catch (err) {
      facts.failures.push([key, `pipeline error: ${(err as Error).message}`]);
      options.warn?.(`warning: ${doc.id}: pipeline error: ${(err as Error).message}`);
    }
  };

  const ids = new Set<string>();
  let n = 0;
  // Hashed as read, in the same turn as the line reader starts, so that no chunk flows past either.
  input.on('data', (chunk: Buffer | string) => {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    hash.update(b);
    bytes += b.length;
  });
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    const text = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    const where = `line ${n}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      facts.problems!.push({ record: where, reason: `invalid JSON: ${(err as Error).message}` });
      options.warn?.(`warning: ${options.name} ${where}: invalid JSON`);
      continue;
    }
    const doc = recordDocument(file, value);
    if (typeof doc === 'string' || ids.has(doc.source.recordId!)) {
      const reason = typeof doc === 'string' ? doc : `duplicate id "${doc.source.recordId}"`;
      facts.problems!.push({ record: where, reason });
      options.warn?.(`warning: ${options.name} ${where}: ${reason}`);
      continue;
    }
    ids.add(doc.source.recordId!);
    facts.documents.push([documentKey(doc, version), doc.id]);
    if (doc.text.length > windowChars) {
      await flush();
      await windowed(doc);
      continue;
    }
    batch.push(doc);
    if (batch.length >= DEFAULT_BATCH_SIZE) await flush();
  }
  await flush();
  facts.sha256 = hash.digest('hex');
  facts.bytes = bytes;
  if (facts.documents.length === 0 && facts.problems!.length > 0) {
    const reasons = facts.problems!.slice(0, 3).map((p) => `${p.record}: ${p.reason}`).join('; ');
    facts.status = 'failed';
    facts.reason = `no record could be read (${reasons}${facts.problems!.length > 3 ? '; …' : ''})`;
  }
  const end: StreamEnd = { input: facts };
  await write(`${JSON.stringify(end)}\n`);
  return facts;
}
