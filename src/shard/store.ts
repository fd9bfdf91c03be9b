import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readdirSync, readSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHeader, SHARD_EXTENSION, sectionOffsets, type RecordHeader } from './format.js';

/** Where a record is: its file, the header, and the absolute offset of its body. */
export interface RecordRef {
  file: string;
  header: RecordHeader;
  bodyStart: number;
}

/**
 * Writes records as one shard file, atomically: under a temporary name, flushed to disk, then renamed.
 * A killed process leaves at most a `.tmp` file, never a partial shard. The name is the hash of the
 * records' keys, so the same batch gives the same file.
 */
export function writeShard(dir: string, keys: readonly string[], records: readonly Buffer[]): string {
  const name = createHash('sha256').update(keys.join('\n')).digest('hex').slice(0, 24) + SHARD_EXTENSION;
  const path = join(dir, name);
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    for (const record of records) writeSync(fd, record);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return path;
}

/** Shard files of a folder, in name order (temporary files of an interrupted write are not shards). */
export function listShards(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.endsWith(SHARD_EXTENSION)).sort().map((n) => join(dir, n));
}

const HEAD_READ = 1 << 16;

/** The records of a shard file, read header by header (bodies are skipped). Throws on a damaged file. */
export function scanShard(file: string): RecordRef[] {
  const fd = openSync(file, 'r');
  const refs: RecordRef[] = [];
  try {
    const size = fstatSync(fd).size;
    let at = 0;
    let buf = Buffer.allocUnsafe(HEAD_READ);
    while (at < size) {
      let got = readSync(fd, buf, 0, buf.length, at);
      let nl = buf.subarray(0, got).indexOf(10);
      while (nl === -1 && got === buf.length) {
        buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]);
        got += readSync(fd, buf, got, buf.length - got, at + got);
        nl = buf.subarray(0, got).indexOf(10);
      }
      if (nl === -1) throw new Error(`${file}: truncated shard record at byte ${at}`);
      const header = decodeHeader(buf.toString('utf8', 0, nl));
      const bodyStart = at + nl + 1;
      refs.push({ file, header, bodyStart });
      at = bodyStart + sectionOffsets(header).bodyBytes;
    }
    if (at !== size) throw new Error(`${file}: truncated shard record`);
  } finally {
    closeSync(fd);
  }
  return refs;
}
