/**
 * Rows of `width` 32-bit words, appended one at a time and read by row number, kept in chunks of a fixed number of
 * rows. A typed array grown by doubling holds up to twice what it needs, and while it grows the old and the new
 * array are both alive (three times); a run-wide table that grows with the input (the record table: ~100,000
 * documents at 500 MB) then sets memory that grows in steps of its own size (issue 15). Here the room left over is
 * at most one chunk, and nothing is copied.
 *
 * Row `i` is the `width` words of `chunk(i)` from `offset(i)`.
 */
export class ChunkedWords {
  private readonly chunks: Uint32Array[] = [];
  private readonly shift: number;
  private readonly mask: number;
  size = 0;

  /** Chunks of 2^`chunkShift` rows. */
  constructor(
    readonly width: number,
    chunkShift = 12,
  ) {
    this.shift = chunkShift;
    this.mask = (1 << chunkShift) - 1;
  }

  /** Adds a row of zeros; returns its number. */
  add(): number {
    const i = this.size++;
    if ((i & this.mask) === 0) this.chunks.push(new Uint32Array(this.width << this.shift));
    return i;
  }

  /** The chunk that holds row `i` (read its words from `offset(i)`). */
  chunk(i: number): Uint32Array {
    return this.chunks[i >>> this.shift]!;
  }

  /** Where row `i`'s first word is in its chunk. */
  offset(i: number): number {
    return (i & this.mask) * this.width;
  }

  /** Word `field` of row `i`. */
  get(i: number, field: number): number {
    return this.chunks[i >>> this.shift]![(i & this.mask) * this.width + field]!;
  }

  set(i: number, field: number, value: number): void {
    this.chunks[i >>> this.shift]![(i & this.mask) * this.width + field] = value;
  }
}
