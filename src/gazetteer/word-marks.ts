/**
 * A set of word indices of one document's scan (0 … count, the end one past the last word included), as one byte per
 * word: the gazetteer's neighbour words (find-names.ts neighbourWords) were two Sets of numbers, whose tables were 5.7 MB
 * of allocation per warm pass over the 294 ISW reports (c65032e; 0.2 MB with these, heap sampling). The function's CPU
 * moved within the noise (0.55% → 0.51% of two profiles taken at the same time, branch speed19). Reads as a Set's `has`.
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
