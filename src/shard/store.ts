import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ChunkedWriter, type WriterFiles } from '../sinks/chunked-writer.js';
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
 * Written past the page cache where the file system allows it (O_DIRECT, ChunkedWriter's `direct` mode: 4 MB
 * page-aligned chunks, the last block padded and the file cut to its length; else ordinary writes). On this
 * project's virtual machines a new page-cache page can cost ~2 ns a byte of system time (chunked-writer.ts),
 * and 25 MB of reports make 2.2 GB of shards. Measured on those 25 MB (one thread, four pairs alternating with
 * the ordinary writes, load 6–14, CPU per phase from process.cpuUsage): system time of writing the shards 0.34,
 * 0.14, 1.83, 1.81 s → 0.05, 0.04, 0.08, 0.05 s, of the whole command 2.29, 1.96, 4.52, 4.24 → 2.18, 1.80,
 * 2.52, 2.00 s; the merge, which now puts the shards' pages in the page cache as it reads them, +0.3–0.6 s of
 * system time. The writes wait for the disk instead (wall clock 1.6, 2.9, 7.5, 6.1 → 3.8, 4.5, 5.7, 4.8 s).
 * Reading the shards past the page cache too (the merge's large sections) was slower: the merge's wall clock
 * 25 → 34 s and +1 s of CPU at load 12 (docs/speed-history.md, `shardio5`).
 */
export class ShardFileWriter {
  private readonly tmp: string;
  private readonly out: ChunkedWriter;
  private at = 0;
  private readonly keys: string[] = [];

  /** `files`: the file calls to make (tests give a file system that refuses direct I/O). */
  constructor(
    private readonly dir: string,
    files?: WriterFiles,
  ) {
    this.tmp = join(dir, `shard.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    this.out = ChunkedWriter.openSync(this.tmp, { direct: true, ...(files ? { files } : {}) });
  }

  /** Appends one record, given as its bytes in pieces; returns the record's offset in the file. */
  append(key: string, parts: readonly Uint8Array[]): number {
    const start = this.at;
    for (const part of parts) {
      this.out.push(part);
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
    this.out.closeSync();
    const path = join(this.dir, createHash('sha256').update(this.keys.join('\n')).digest('hex').slice(0, 24) + SHARD_EXTENSION);
    renameSync(this.tmp, path);
    return path;
  }

  /** Closes and deletes the temporary file. */
  abort(): void {
    try {
      this.out.closeSync();
    } catch {
      // already closed, or its last write failed: the file goes anyway
    }
    rmSync(this.tmp, { force: true });
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
