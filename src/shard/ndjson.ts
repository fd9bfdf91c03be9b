import type { PipelineConfig } from '../pipeline/config.js';
import type { InputFileFacts } from '../read/load.js';
import { decodeHeader, encodeRecord, SECTIONS, sectionOffsets, type RecordHeader, type Section } from './format.js';

/**
 * A shard record as one JSON line, for engines that pass text lines between processes (Spark's
 * `RDD.pipe`, Beam, Flink, GNU parallel): `{"record": <header>, "sections": {<name>: <text>, …}}`. Every
 * section is UTF-8 text, so the line carries the same bytes as the binary record (format.ts), and
 * `lineRecord` turns it back into exactly that record.
 */
export interface RecordLine {
  record: RecordHeader;
  sections: Record<Section, string>;
}

/** The binary record (header line + body) as a line object. */
export function recordLine(bytes: Buffer): RecordLine {
  const nl = bytes.indexOf(10);
  const header = decodeHeader(bytes.toString('utf8', 0, nl));
  const { offsets } = sectionOffsets(header);
  const body = nl + 1;
  const sections = {} as Record<Section, string>;
  SECTIONS.forEach((s, i) => {
    sections[s] = bytes.toString('utf8', body + offsets[s], body + offsets[s] + header.sections[i]!);
  });
  return { record: header, sections };
}

/** A line object back as the binary record; throws with the reason when it is not one. */
export function lineRecord(line: RecordLine): { key: string; bytes: Buffer } {
  const header = decodeHeader(JSON.stringify(line.record));
  const buffers = {} as Record<Section, Buffer>;
  for (const s of SECTIONS) {
    const text = line.sections?.[s];
    if (typeof text !== 'string') throw new Error(`shard line without its "${s}" section`);
    buffers[s] = Buffer.from(text, 'utf8');
  }
  const { format: _f, version: _v, sections: _s, ...rest } = header;
  return { key: header.key, bytes: encodeRecord(rest, buffers) };
}

/** Format of the first line of a stream; `newsgraph merge --shards` checks it. */
export const LINES_FORMAT = 'newsgraph-shard-lines';
export const LINES_VERSION = 1;

/** The first line of a stream: what made the records that follow. */
export interface StreamStart {
  format: typeof LINES_FORMAT;
  version: number;
  pipeline: PipelineConfig;
  pipelineVersion: string;
}

/** The last line of a stream: the input as a whole, for manifest.json. */
export interface StreamEnd {
  /** `failures`: [document key, why it has no record] of each document the pipeline failed on. */
  input: StreamInput & { failures: Array<[string, string]> };
}

/** An input as the stream saw it (merge/file-reports.ts's InputFacts). */
export interface StreamInput extends InputFileFacts {
  /** [document key, document id] of each document read. */
  documents: Array<[string, string]>;
}
