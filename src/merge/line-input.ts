import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { PipelineConfig } from '../pipeline/config.js';
import { LINES_FORMAT, LINES_VERSION, lineRecord, type RecordLine, type StreamEnd, type StreamInput, type StreamStart } from '../shard/ndjson.js';
import { ShardFileWriter, writeShard } from '../shard/store.js';

/** Records written per shard file while reading lines: about one batch of the pipeline's. */
const RECORDS_PER_FILE = 32;

export interface LineInput {
  pipeline: PipelineConfig;
  /** The shard files written, in the lines' order. */
  shards: string[];
  inputs: StreamInput[];
  /** Document key → why it has no record. */
  failures: Map<string, string>;
}

/**
 * Reads the output of `extract --stdin --ndjson` (one or more streams, e.g. one per Spark partition,
 * concatenated or in several files) back into shard files in `dir`, a few records per file, so the merge
 * reads them as it reads any run's shards. Streams must come from the same pipeline version. Parts of one
 * input (the same name) become one manifest entry: documents, problems and sizes added up; its sha256 is
 * known only when it came whole.
 */
export async function readShardLines(files: readonly string[], dir: string): Promise<LineInput> {
  let start: StreamStart | undefined;
  const shards: string[] = [];
  const parts = new Map<string, Array<StreamEnd['input']>>();
  let pending: Array<{ key: string; bytes: Buffer }> = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    shards.push(writeShard(dir, pending.map((p) => p.key), pending.map((p) => p.bytes)));
    pending = [];
  };
  // A long document's parts (shard/format.ts) come one line each, in order: they go to a shard file of their
  // own, renamed into place with the last part, as `extract` writes them; a document whose parts stop short
  // (its stream failed on a later window, or was cut) leaves no record, and the stream's end line says why.
  let inParts: { file: ShardFileWriter; key: string; next: number; count: number } | undefined;
  const dropParts = (): void => {
    inParts?.file.abort();
    inParts = undefined;
  };
  const addPart = (record: { key: string; bytes: Buffer }, [index, count]: [number, number]): void => {
    if (index === 0) {
      dropParts();
      inParts = { file: new ShardFileWriter(dir), key: record.key, next: 0, count };
    }
    if (!inParts || inParts.key !== record.key || inParts.next !== index || inParts.count !== count) return dropParts();
    inParts.file.append(`${record.key}#${index}`, [record.bytes]);
    if (++inParts.next < count) return;
    shards.push(inParts.file.finish()!);
    inParts = undefined;
  };
  for (const file of files) {
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      n++;
      if (line.trim() === '') continue;
      const where = `${file} line ${n}`;
      let value: Partial<StreamStart & StreamEnd & RecordLine>;
      try {
        value = JSON.parse(line) as typeof value;
      } catch {
        throw new Error(`${where}: not a JSON line`);
      }
      if (!value.record?.part) dropParts(); // any other line ends a document's parts
      if (value.format === LINES_FORMAT) {
        if (value.version !== LINES_VERSION) throw new Error(`${where}: shard lines version ${value.version}, expected ${LINES_VERSION}`);
        if (start && start.pipelineVersion !== value.pipelineVersion) {
          throw new Error(`${where}: made with another pipeline version (${value.pipelineVersion}) than the lines before it (${start.pipelineVersion}); merge each run on its own`);
        }
        start ??= value as StreamStart;
      } else if (value.record) {
        if (!start) throw new Error(`${where}: a record before the stream's first line (was the stream cut?)`);
        if (value.record.pipeline !== start.pipelineVersion) throw new Error(`${where}: a record of another pipeline version`);
        let record: { key: string; bytes: Buffer };
        try {
          record = lineRecord(value as RecordLine);
        } catch (err) {
          throw new Error(`${where}: ${(err as Error).message}`);
        }
        if (value.record.part) {
          addPart(record, value.record.part);
          continue;
        }
        pending.push(record);
        if (pending.length >= RECORDS_PER_FILE) flush();
      } else if (value.input) {
        const list = parts.get(value.input.relPath) ?? [];
        list.push(value.input);
        parts.set(value.input.relPath, list);
      } else {
        throw new Error(`${where}: not a line of \`newsgraph extract --ndjson\``);
      }
    }
  }
  flush();
  dropParts();
  if (!start) throw new Error(`no shard lines in ${files.join(', ')}`);
  const failures = new Map<string, string>();
  const inputs = [...parts.keys()].sort().map((name) => {
    const list = parts.get(name)!;
    for (const part of list) for (const [key, why] of part.failures) failures.set(key, why);
    return joinParts(list);
  });
  return { pipeline: start.pipeline, shards, inputs, failures };
}

function joinParts(list: ReadonlyArray<StreamEnd['input']>): StreamInput {
  if (list.length === 1) {
    const { failures: _f, ...whole } = list[0]!;
    return whole;
  }
  const ok = list.filter((p) => p.status === 'ok');
  const joined: StreamInput = {
    relPath: list[0]!.relPath,
    bytes: list.reduce((n, p) => n + (p.bytes ?? 0), 0),
    status: ok.length > 0 ? 'ok' : list[0]!.status,
    problems: list.flatMap((p) => p.problems ?? []),
    documents: list.flatMap((p) => p.documents),
  };
  if (ok.length === 0 && list[0]!.reason) joined.reason = list[0]!.reason;
  return joined;
}
