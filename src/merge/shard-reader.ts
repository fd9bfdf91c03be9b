import { closeSync, openSync, readSync } from 'node:fs';
import { SECTIONS, type Section } from '../shard/format.js';
import { sectionStart, type RecordPlace } from '../shard/record-table.js';

/** Byte range [start, end) of sections `from` … `to` of a record, in its file. */
function sectionRange(place: RecordPlace, from: Section, to: Section): [number, number] {
  return [sectionStart(place, from), sectionStart(place, to) + place.sections[SECTIONS.indexOf(to)]!];
}

/** Open files kept at once: a run of 100,000 documents has thousands of shards. */
const OPEN_FILES = 64;

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
   * Sections `from` … `to` of a record in views of at most `chunk` bytes, each valid until the next one: a
   * section of a long document (its text in the document node, a window's fragments) is copied without ever
   * being in memory whole.
   */
  *chunks(place: RecordPlace, from: Section, to: Section = from, chunk = 1 << 22): Generator<Buffer> {
    const [start, end] = sectionRange(place, from, to);
    for (let at = start; at < end; at += chunk) yield this.view(place.file, at, Math.min(chunk, end - at));
  }

  private readInto(target: Buffer, file: string, position: number, length: number): Buffer {
    const buf = target.subarray(0, length);
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
