import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHeader, SHARD_EXTENSION, sectionOffsets, type RecordHeader } from './format.js';

/** Where a record is: its file, the header, and the absolute offsets of its header line and its body. */
export interface RecordRef {
  file: string;
  header: RecordHeader;
  headerStart: number;
  bodyStart: number;
}

/**
 * One shard file being written, atomically: records are appended to a temporary file as they are rendered
 * (never held together in memory), which is closed and renamed when whole. A killed process leaves at most a
 * `.tmp` file, never a partial shard. The name is the hash of the records' keys, so the same batch gives the
 * same file.
 *
 * No fsync: a killed process loses nothing the kernel was given, and after a power cut a file system that
 * writes data before the size that covers it (ext4, XFS) can only show a renamed shard empty or cut short —
 * `--resume` then finds no records in it or a truncated record (scanShard), and processes those documents
 * again (run/output-folder.ts). An fsync per shard made each batch wait for the disk: 562 ms of the 6.0 s of writing shards
 * for the 294 ISW reports (CPU profile, one thread), time a worker's core stood idle.
 *
 * Through the page cache, not O_DIRECT as the final outputs (sinks/chunked-writer.ts): the merge reads every shard
 * back soon after, and direct writes left it to read them from the disk. 25 MB of reports, one thread, alternating
 * (2026-12-06 16:45 UTC, load ~1.5): the merge took 9.9 and 10.8 s after direct shard writes against 7.5 and 7.0 s,
 * the whole command 59.5 and 55.3 s against 52.1 and 54.4 s (branch `shardio5`, docs/speed-history.md).
 */
export class ShardFileWriter {
  private readonly tmp: string;
  private readonly fd: number;
  private at = 0;
  private readonly keys: string[] = [];
  /** Set once the descriptor is closed: a second close could close a descriptor the system has given out again. */
  private closed = false;

  constructor(private readonly dir: string) {
    this.tmp = join(dir, `shard.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    this.fd = openSync(this.tmp, 'w');
  }

  /** Appends one record, given as its bytes in pieces; returns the record's offset in the file. */
  append(key: string, parts: readonly Uint8Array[]): number {
    const start = this.at;
    for (const part of parts) {
      for (let done = 0; done < part.length; ) done += writeSync(this.fd, part, done, part.length - done);
      this.at += part.length;
    }
    this.keys.push(key);
    return start;
  }

  /** Flushes, closes and renames the file; returns its path, or undefined (and no file) when no record was appended. */
  finish(): string | undefined {
    if (this.keys.length === 0) {
      this.abort();
      return undefined;
    }
    this.close();
    const path = join(this.dir, createHash('sha256').update(this.keys.join('\n')).digest('hex').slice(0, 24) + SHARD_EXTENSION);
    renameSync(this.tmp, path);
    return path;
  }

  /** Closes and deletes the temporary file. */
  abort(): void {
    try {
      this.close();
    } catch {
      // the temporary file goes anyway
    }
    rmSync(this.tmp, { force: true });
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
}

/** Records already made as bytes, as one shard file (see ShardFileWriter). */
export function writeShard(dir: string, keys: readonly string[], records: readonly Buffer[]): string {
  const file = new ShardFileWriter(dir);
  try {
    records.forEach((record, i) => file.append(keys[i]!, [record]));
    return file.finish()!;
  } catch (err) {
    file.abort();
    throw err;
  }
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
      refs.push({ file, header, headerStart: at, bodyStart });
      at = bodyStart + sectionOffsets(header).bodyBytes;
    }
    if (at !== size) throw new Error(`${file}: truncated shard record`);
  } finally {
    closeSync(fd);
  }
  return refs;
}
