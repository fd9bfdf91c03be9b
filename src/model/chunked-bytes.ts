/**
 * Byte strings appended one after another and read by where they were put, in chunks of a fixed size (see
 * chunked-words.ts for why not one buffer grown by doubling). A string never straddles two chunks: one that does
 * not fit in the rest of the current chunk starts the next (wasting at most that rest), and one longer than a
 * chunk gets a chunk of its own length.
 */
export class ChunkedBytes {
  private readonly chunks: Buffer[] = [];
  /** Bytes used of the last chunk. */
  private used = 0;

  constructor(private readonly chunkBytes = 1 << 16) {}

  /** Appends `bytes`; returns [chunk number, offset in it]. */
  add(bytes: Uint8Array): [chunk: number, offset: number] {
    let last = this.chunks[this.chunks.length - 1];
    if (last === undefined || this.used + bytes.length > last.length) {
      last = Buffer.alloc(Math.max(this.chunkBytes, bytes.length));
      this.chunks.push(last);
      this.used = 0;
    }
    last.set(bytes, this.used);
    const at: [number, number] = [this.chunks.length - 1, this.used];
    this.used += bytes.length;
    return at;
  }

  /** Chunk number `chunk` (read a string's bytes from its offset). */
  chunk(chunk: number): Buffer {
    return this.chunks[chunk]!;
  }
}
