import { closeSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Records of `width` 32-bit words appended in order and read back by number, kept in a file once more than
 * `bufferRecords` of them have come: the merge's per-statement lengths and its edges grow with the input
 * (8 and 16 bytes each; 1.6 million statements and ~1.3 million edges at 500 MB of news, in arrays that
 * doubled to 67 and 33 MB), and are read back one document's run at a time. Memory: one buffer of
 * `bufferRecords` records, whatever the count.
 */
export class SpillColumns {
  private readonly buffer: Uint32Array;
  /** Records in the file (the first `written`), then in the buffer. */
  private written = 0;
  private buffered = 0;
  private fd: number | undefined;

  constructor(
    readonly width: number,
    private readonly path: string,
    private readonly bufferRecords = 1 << 16,
  ) {
    this.buffer = new Uint32Array(width * bufferRecords);
  }

  get size(): number {
    return this.written + this.buffered;
  }

  /** Appends one record (`width` words). */
  append(...words: number[]): void {
    if (this.buffered === this.bufferRecords) this.flush();
    this.buffer.set(words, this.width * this.buffered++);
  }

  /** Records [first, first + count) as `width * count` words (a fresh array: the caller may keep it). */
  read(first: number, count: number): Uint32Array {
    const w = this.width;
    const out = new Uint32Array(w * count);
    const fromFile = Math.max(0, Math.min(first + count, this.written) - first);
    if (fromFile > 0) {
      const bytes = new Uint8Array(out.buffer, 0, 4 * w * fromFile);
      let got = 0;
      while (got < bytes.length) {
        const n = readSync(this.fd!, bytes, got, bytes.length - got, 4 * w * first + got);
        if (n === 0) throw new Error(`${this.path}: ends before record ${first + count}`);
        got += n;
      }
    }
    const bufferFirst = Math.max(first, this.written) - this.written;
    if (fromFile < count) out.set(this.buffer.subarray(w * bufferFirst, w * (bufferFirst + count - fromFile)), w * fromFile);
    return out;
  }

  /** Every record in order, `chunkRecords` at a time (each chunk a fresh array of whole records). */
  *chunks(chunkRecords = this.bufferRecords): Generator<Uint32Array> {
    for (let first = 0; first < this.size; first += chunkRecords) yield this.read(first, Math.min(chunkRecords, this.size - first));
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private flush(): void {
    this.fd ??= openSync(this.path, 'w+');
    const bytes = new Uint8Array(this.buffer.buffer, 0, 4 * this.width * this.buffered);
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done, bytes.length - done, 4 * this.width * this.written + done);
    this.written += this.buffered;
    this.buffered = 0;
  }
}
