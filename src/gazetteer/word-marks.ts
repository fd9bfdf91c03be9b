/**
 * A set of word indices of one document's scan (0 … count, the end one past the last word included), as one byte per
 * word: the gazetteer's neighbour words (find-names.ts neighbourWords) were two Sets of numbers, each add a hash insert
 * (the function 0.65% of a warm pipeline's CPU profile over the 294 ISW reports, c65032e, its Set adds and the 5.6 MB
 * a pass of their tables most of it). Reads as a ReadonlySet's `has`.
 */
export class WordMarks {
  private readonly marked: Uint8Array;

  constructor(count: number) {
    this.marked = new Uint8Array(count + 1);
  }

  add(word: number): void {
    this.marked[word] = 1;
  }

  has(word: number): boolean {
    return this.marked[word] === 1;
  }
}
