import { closeSync, openSync, writeSync } from 'node:fs';
import { utf8Write } from '../graph/byte-writer.js';

/** Bytes per buffer: large enough that writes are few, small enough to stay out of the way. */
const CHUNK_BYTES = 1 << 22;
/** UTF-8 needs at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_CHAR = 3;
/** Bytes from which a buffer is written as it is instead of copied into the chunk. */
const DIRECT_BYTES = 1 << 16;

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
 */
export class ChunkedWriter {
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private offset = 0;

  private constructor(private readonly fd: number) {}

  static async open(path: string): Promise<ChunkedWriter> {
    return new ChunkedWriter(openSync(path, 'w'));
  }

  /** Adds text or bytes. */
  push(text: string | Uint8Array): void {
    if (typeof text !== 'string') {
      if (text.length >= DIRECT_BYTES) {
        this.spill();
        this.writeAll(text);
        return;
      }
      if (this.offset + text.length > this.buffer.length) this.spill();
      this.buffer.set(text, this.offset);
      this.offset += text.length;
      return;
    }
    if (this.offset + text.length * MAX_BYTES_PER_CHAR > this.buffer.length) this.spill();
    if (text.length * MAX_BYTES_PER_CHAR > this.buffer.length) {
      this.writeAll(Buffer.from(text, 'utf8'));
      return;
    }
    // Node's encoder without Buffer#write's argument and encoding checks (byte-writer.ts): the merge pushes
    // ~100k short strings (TSV rows, report rows, entity and edge lines) on the 294 ISW reports, and
    // Buffer#write was 104–500 ms of the merge in CPU profiles (1.0 s merge-only, 6.9 s after fresh shards).
    this.offset += utf8Write.call(this.buffer, text, this.offset);
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
    try {
      this.spill();
    } finally {
      closeSync(this.fd);
    }
  }

  private spill(): void {
    if (this.offset === 0) return;
    this.writeAll(this.buffer.subarray(0, this.offset));
    this.offset = 0;
  }

  private writeAll(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }
}
