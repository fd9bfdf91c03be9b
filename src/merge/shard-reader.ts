import { closeSync, openSync, readSync } from 'node:fs';
import { SECTIONS, type Section } from '../shard/format.js';
import { sectionStart, type RecordPlace } from '../shard/record-table.js';
import type { ByteSource } from '../sinks/chunked-writer.js';

/** Byte range [start, end) of sections `from` … `to` of a record, in its file. */
function sectionRange(place: RecordPlace, from: Section, to: Section): [number, number] {
  return [sectionStart(place, from), sectionStart(place, to) + place.sections[SECTIONS.indexOf(to)]!];
}

/**
 * Open files kept at once: a run of 100,000 documents has thousands of shards. The merge reads documents in
 * IRI order, which visits the shards at random, so with fewer files open than shards nearly every read
 * opened and closed one: 64 open, 25 MB of reports in 148 shards made 29,607 opens for 1,393 documents
 * (strace). 512 stays far under the open-file limit Node starts with (it raises the soft limit to the
 * hard one: 4,096 and more on common systems).
 */
const OPEN_FILES = 512;

/** Reads byte ranges of shard files by position, keeping the most recently used files open. */
export class ShardReader {
  private readonly open = new Map<string, number>();

  /** One buffer reused by `view`: a fresh buffer per read page-faulted its memory in each time. */
  private scratch = Buffer.allocUnsafe(1 << 20);

  read(file: string, position: number, length: number): Buffer {
    return this.readInto(Buffer.allocUnsafe(length), file, position, length);
  }

  /** Like `read`, into a buffer the next `view` reuses: for bytes used (parsed, or written by a sink) at once. */
  view(file: string, position: number, length: number): Buffer {
    if (length > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(length, 2 * this.scratch.length));
    return this.readInto(this.scratch, file, position, length);
  }

  /** Sections `from` … `to` of a record as a `view`. */
  sectionsView(place: RecordPlace, from: Section, to: Section = from): Buffer {
    const [start, end] = sectionRange(place, from, to);
    return this.view(place.file, start, end - start);
  }

  /**
   * Sections `from` … `to` of a record as a source a sink reads into its own buffer, piece by piece: a
   * section of a long document (its text in the document node, a window's fragments) is copied without ever
   * being in memory whole, and through no buffer but the output's.
   */
  source(place: RecordPlace, from: Section, to: Section = from): ByteSource {
    const [start, end] = sectionRange(place, from, to);
    return { length: end - start, read: (target, offset, length, at) => void this.readInto(target, place.file, start + at, length, offset) };
  }

  private readInto(target: Buffer, file: string, position: number, length: number, offset = 0): Buffer {
    const buf = target.subarray(offset, offset + length);
    if (length === 0) return buf;
    const fd = this.fd(file);
    let got = 0;
    while (got < length) {
      const n = readSync(fd, buf, got, length - got, position + got);
      if (n === 0) throw new Error(`${file}: shard ends before byte ${position + length}`);
      got += n;
    }
    return buf;
  }

  /** Sections `from` … `to` (inclusive, in SECTIONS order) of a record, as one buffer. */
  sections(place: RecordPlace, from: Section, to: Section = from): Buffer {
    const [start, end] = sectionRange(place, from, to);
    return this.read(place.file, start, end - start);
  }

  close(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }

  private fd(file: string): number {
    let fd = this.open.get(file);
    if (fd !== undefined) {
      this.open.delete(file);
      this.open.set(file, fd);
      return fd;
    }
    if (this.open.size >= OPEN_FILES) {
      const [oldest, oldFd] = this.open.entries().next().value as [string, number];
      closeSync(oldFd);
      this.open.delete(oldest);
    }
    fd = openSync(file, 'r');
    this.open.set(file, fd);
    return fd;
  }
}
