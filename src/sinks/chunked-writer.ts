import { closeSync, constants, ftruncateSync, openSync, writeSync } from 'node:fs';
import { utf8Write } from '../graph/byte-writer.js';

/** Bytes per buffer: large enough that writes are few, small enough to stay out of the way. */
const CHUNK_BYTES = 1 << 22;
/** UTF-8 needs at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_CHAR = 3;
/** Bytes from which a buffer is written as it is instead of copied into the chunk (not in direct mode). */
const DIRECT_BYTES = 1 << 16;
/**
 * What O_DIRECT writes are aligned to — memory, file offset and length: a multiple of every common logical
 * block size (512 or 4096 bytes) and of the page size.
 */
const BLOCK_BYTES = 4096;
/** A WebAssembly page (64 KiB): the unit a WebAssembly.Memory is sized in. */
const WASM_PAGE_BYTES = 1 << 16;

/**
 * Chunk buffers that start on a page, as O_DIRECT needs: a Buffer's own memory comes from malloc (16-byte
 * aligned: writes from it failed with EINVAL), a WebAssembly.Memory's from the page allocator. A closed
 * writer's buffer is kept for the next one (the merge opens its writers one after another).
 */
const spareChunks: Buffer[] = [];
function takeChunk(): Buffer {
  return spareChunks.pop() ?? Buffer.from(new WebAssembly.Memory({ initial: CHUNK_BYTES / WASM_PAGE_BYTES }).buffer);
}

/**
 * Bytes kept elsewhere (a section of a shard file) that `ChunkedWriter.pushFrom` has put straight into its
 * chunk, `length` bytes in all: `read` places bytes [from, from + length) of them at `target[offset…]`.
 */
export interface ByteSource {
  readonly length: number;
  read(target: Buffer, offset: number, length: number, from: number): void;
}

/**
 * The file calls a ChunkedWriter makes (node:fs's by default). Given apart so that what some file systems do
 * can be reproduced on any: one that accepts an O_DIRECT open and then refuses the first write with EINVAL
 * (the writer must go on through the page cache), one that refuses the open.
 */
export interface WriterFiles {
  open(path: string, flags: number | string, mode?: number): number;
  /** A positioned write, as `writeSync(fd, bytes, offset, length, position)`; returns the bytes written. */
  write(fd: number, bytes: Uint8Array, offset: number, length: number, position: number): number;
  truncate(fd: number, length: number): void;
  close(fd: number): void;
}

export const NODE_FILES: WriterFiles = {
  open: (path, flags, mode) => openSync(path, flags, mode),
  write: (fd, bytes, offset, length, position) => writeSync(fd, bytes, offset, length, position),
  truncate: (fd, length) => ftruncateSync(fd, length),
  close: (fd) => closeSync(fd),
};

export interface ChunkedWriterOptions {
  /**
   * Write past the page cache (O_DIRECT), where the system and the file system allow it, else as usual. For
   * the large outputs nothing reads back in this run. Why: on this project's machines (virtual machines that
   * give freed memory back to their host) putting a page of a new file in the page cache costs ~2 ns a byte
   * of system time once the guest's recently freed pages are used up — 2 GB written by `writeSync` took
   * 2.9–4.0 s of system time and 8.9–11.2 s of wall clock, with O_DIRECT 0.06 s and 1.2 s (same minutes) —
   * and the merge of 25 MB of reports writes 2.3 GB (graph.nq, graph.jsonld) after the shards took 2.2 GB.
   */
  direct?: boolean;
  /** The file calls to make (default NODE_FILES). */
  files?: WriterFiles;
}

/**
 * Writes a file piece by piece, encoding each piece straight into a buffer. Outputs of a large run
 * (hundreds of MB of N-Quads) must never be built as one string: V8 caps a string at about 512 M
 * characters, and the copy doubles the memory at the end. Gathering pieces as strings was no better:
 * joining millions of small pieces, or flattening a rope of them, and handing fs a string cost several
 * times more than encoding each piece into a buffer (measured: 109 MB of JSON-LD in 1.4 s against 0.2 s).
 *
 * Writes are synchronous, a full chunk at a time: the merge has nothing else to do meanwhile, and awaiting
 * the thread pool for each chunk left the merge idle 18% of its time (CPU profile of the merge of 60 ISW
 * reports). So a piece is written (or copied) before `push` returns, and a caller may reuse its buffer.
 * Handing full chunks to the thread pool without awaiting them (two in flight, the merge copying on into a
 * third) was slower still: the merge of the 294 reports' shards alternating with this one in one process
 * (10 rounds, load 7–9) took 2,867 against 2,226 ms (medians), 2,274 against 1,595 ms of CPU.
 *
 * In direct mode (`ChunkedWriterOptions.direct`) only whole blocks are written, every piece is copied into
 * the chunk, and `close` writes the last block padded and cuts the file to its length.
 */
export class ChunkedWriter {
  private readonly buffer = takeChunk();
  private offset = 0;
  /** Bytes in the file so far (every write is positioned: a fallback from direct mode reopens the file). */
  private written = 0;
  private closed = false;

  private constructor(
    private readonly path: string,
    private fd: number,
    private directMode: boolean,
    private readonly files: WriterFiles,
  ) {}

  static async open(path: string, options: ChunkedWriterOptions = {}): Promise<ChunkedWriter> {
    return ChunkedWriter.openSync(path, options);
  }

  /** `open` for callers that write synchronously (shard files: store.ts). */
  static openSync(path: string, options: ChunkedWriterOptions = {}): ChunkedWriter {
    const files = options.files ?? NODE_FILES;
    const fd = options.direct ? openDirect(path, files) : undefined;
    return fd === undefined ? new ChunkedWriter(path, files.open(path, 'w'), false, files) : new ChunkedWriter(path, fd, true, files);
  }

  /** Whether the file is being written past the page cache. */
  get direct(): boolean {
    return this.directMode;
  }

  /** Adds text or bytes. */
  push(text: string | Uint8Array): void {
    if (typeof text !== 'string') {
      this.pushBytes(text);
      return;
    }
    // After a spill up to a block's worth of bytes may stay in the chunk (direct mode).
    if (text.length * MAX_BYTES_PER_CHAR > this.buffer.length - BLOCK_BYTES) {
      this.pushBytes(Buffer.from(text, 'utf8'));
      return;
    }
    if (this.offset + text.length * MAX_BYTES_PER_CHAR > this.buffer.length) this.spill();
    // Node's encoder without Buffer#write's argument and encoding checks (byte-writer.ts): the merge pushes
    // ~100k short strings (TSV rows, report rows, entity and edge lines) on the 294 ISW reports, and
    // Buffer#write was 104–500 ms of the merge in CPU profiles (1.0 s merge-only, 6.9 s after fresh shards).
    this.offset += utf8Write.call(this.buffer, text, this.offset);
  }

  /**
   * Adds a source's bytes, read into the chunk where they go: a shard section copied to an output passes
   * through no other buffer (in direct mode a piece must be copied into the aligned chunk anyway; reading it
   * there saves the 2.3 GB memmove of 25 MB of reports).
   */
  pushFrom(source: ByteSource): void {
    for (let at = 0; at < source.length; ) {
      if (this.offset === this.buffer.length) this.spill();
      const n = Math.min(source.length - at, this.buffer.length - this.offset);
      source.read(this.buffer, this.offset, n, at);
      this.offset += n;
      at += n;
    }
  }

  async write(text: string | Uint8Array): Promise<void> {
    this.push(text);
  }

  /** Whether the caller should await `flush` (never: pieces are written as the chunk fills). */
  get full(): boolean {
    return false;
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {
    this.closeSync();
  }

  /** Writes what is left and closes the file (`close` for synchronous callers); once: later calls do nothing. */
  closeSync(): void {
    if (this.closed) return;
    // Set first: the chunk goes back to the spare list once only, whatever the writes below do.
    this.closed = true;
    try {
      if (this.directMode && this.offset > 0) {
        // The last block padded to its whole size, then the file cut to the bytes pushed.
        const length = this.written + this.offset;
        const padded = Math.ceil(this.offset / BLOCK_BYTES) * BLOCK_BYTES;
        this.buffer.fill(0, this.offset, padded);
        this.offset = padded;
        this.spill();
        this.files.truncate(this.fd, length);
      } else this.spill();
    } finally {
      this.files.close(this.fd);
      spareChunks.push(this.buffer);
    }
  }

  private pushBytes(bytes: Uint8Array): void {
    if (!this.directMode && bytes.length >= DIRECT_BYTES) {
      this.spill();
      this.writeAll(bytes);
      return;
    }
    for (let at = 0; at < bytes.length; ) {
      if (this.offset === this.buffer.length) this.spill();
      const n = Math.min(bytes.length - at, this.buffer.length - this.offset);
      this.buffer.set(n === bytes.length ? bytes : bytes.subarray(at, at + n), this.offset);
      this.offset += n;
      at += n;
    }
  }

  /** Writes the chunk; in direct mode its whole blocks, the rest moved to the chunk's start. */
  private spill(): void {
    const whole = this.directMode ? this.offset - (this.offset % BLOCK_BYTES) : this.offset;
    if (whole === 0) return;
    this.writeAll(this.buffer.subarray(0, whole));
    this.buffer.copyWithin(0, whole, this.offset);
    this.offset -= whole;
  }

  private writeAll(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.length; ) {
      let n: number;
      try {
        n = this.files.write(this.fd, bytes, done, bytes.length - done, this.written);
      } catch (error) {
        // A file system that opens files for direct writes and then refuses them: go on through the page cache.
        if (!this.directMode || (error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
        this.files.close(this.fd);
        this.fd = this.files.open(this.path, 'r+');
        this.directMode = false;
        continue;
      }
      done += n;
      this.written += n;
    }
  }
}

/** The file opened for writing past the page cache, or undefined where that is not possible (tmpfs, macOS, Windows). */
function openDirect(path: string, files: WriterFiles): number | undefined {
  const flag = (constants as { O_DIRECT?: number }).O_DIRECT;
  if (flag === undefined) return undefined;
  try {
    return files.open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | flag, 0o666);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EINVAL') return undefined;
    throw error;
  }
}
