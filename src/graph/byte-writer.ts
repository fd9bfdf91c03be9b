/**
 * Text written straight into one growing buffer as UTF-8: how a shard record's sections are made.
 *
 * Why not strings joined and then encoded: a document's N-Quads are thousands of short pieces, and both
 * `text +=` (a rope Buffer.from must flatten: 41% of rendering a shard in the CPU profile) and
 * `parts.join('')` cost more than encoding each piece into place — on the NIF phrases of 60 ISW reports
 * (61 MB of N-Quads) join + Buffer.from took 1.2–1.4 s and writing the pieces into a buffer 0.43–0.68 s, the
 * same bytes (same run, load ≈ 9).
 */
/**
 * Node's own UTF-8 encoder into a buffer, without `Buffer#write`'s argument and encoding checks: those
 * took as long as the encoding itself for the short pieces written here (CPU profile: 242 ms of 313 ms).
 */
export const utf8Write = (Buffer.prototype as unknown as { utf8Write?: (this: Buffer, text: string, offset: number) => number }).utf8Write ?? function (this: Buffer, text: string, offset: number): number {
  return this.write(text, offset, 'utf8');
};

/** Longest text ByteWriter.text copies itself when it is ASCII. */
const SHORT_TEXT = 24;

export class ByteWriter {
  private buf: Buffer;
  /** Bytes written so far. */
  length = 0;

  constructor(initialBytes = 1 << 16) {
    this.buf = Buffer.allocUnsafe(initialBytes);
  }

  /** Appends `text` as UTF-8 (lone surrogates become U+FFFD, as Buffer.from does). */
  text(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.length + 3 * text.length > this.buf.length) this.grow(3 * text.length);
    if (text.length <= SHORT_TEXT) {
      // Short ASCII text copied by this loop: Node's encoder costs ~100-150 ns a call whatever the length,
      // the loop ~2-5 ns a character (microbenchmark, same run).
      const buf = this.buf;
      const at = this.length;
      let i = 0;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) break;
        buf[at + i] = c;
      }
      if (i === text.length) {
        this.length = at + i;
        return;
      }
    }
    this.length += utf8Write.call(this.buf, text, this.length);
  }

  /** Appends one byte (ASCII). */
  byte(code: number): void {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = code;
  }

  /**
   * Appends a copy of bytes already written at [from, to): a piece that repeats line after line (an N-Quads
   * subject, a line's graph term) is encoded once and then copied, which costs a third of encoding it again
   * (83-byte pieces: 60–80 ns copied against 190 ns through utf8Write, same run).
   */
  repeat(from: number, to: number): void {
    const n = to - from;
    if (this.length + n > this.buf.length) this.grow(n);
    this.buf.copyWithin(this.length, from, to);
    this.length += n;
  }

  /**
   * Appends a non-negative integer's decimal digits (as `value.toFixed(0)` writes it): the offsets of every
   * mention, two per N-Quads phrase, without a string made for each.
   */
  digits(value: number): void {
    let n = 1;
    for (let p = 10; p <= value; p *= 10) n++;
    if (this.length + n > this.buf.length) this.grow(n);
    const buf = this.buf;
    let at = this.length + n;
    this.length = at;
    do {
      const q = Math.floor(value / 10);
      buf[--at] = 48 + value - q * 10;
      value = q;
    } while (value > 0);
  }

  bytes(data: Uint8Array): void {
    if (this.length + data.length > this.buf.length) this.grow(data.length);
    this.buf.set(data, this.length);
    this.length += data.length;
  }

  /**
   * Starts again at length 0, keeping the buffer (a writer reused for record after record grows once) unless
   * it grew past `keepBytes` for one huge piece of work: that memory is given back.
   */
  reset(keepBytes = 1 << 26): void {
    this.length = 0;
    if (this.buf.length > keepBytes) this.buf = Buffer.allocUnsafe(1 << 16);
  }

  /** The bytes written (a view: valid until the next write). */
  view(from = 0, to = this.length): Buffer {
    return this.buf.subarray(from, to);
  }

  private grow(more: number): void {
    const next = Buffer.allocUnsafe(Math.max(2 * this.buf.length, this.length + more));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }
}
