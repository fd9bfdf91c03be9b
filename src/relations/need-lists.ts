/** The offset `NeedLists.add` gives a key with no word need. */
export const NO_NEEDS = -1;

/**
 * The word needs of every key (NeedTable.ofWord) in one growing Int32Array: at a key's offset its count, then its
 * need numbers. NeedPositions.begin reads a sentence's needs from here by each item's offset, which WordInfos.fill
 * writes into a list by item (item-facts.ts); before, it read each item's WordInfo and then that info's list of needs,
 * two objects spread over the heap whose reads were the hottest lines of `begin` (a CPU profile of the relations stage
 * alone over the 294 ISW reports, 25f0bbd: 4.2% of the stage's samples on the two reads, 6.0% in `begin` in all).
 */
export class NeedLists {
  private data = new Int32Array(1024);
  private used = 0;
  /** Each list stored, by identity (NeedTable.ofWord gives one list per key), so a key's info made again reuses it. */
  private readonly offsets = new Map<readonly number[], number>();

  /** The lists: read only at offsets `add` gave, and taken again after an `add` (a longer array may replace it). */
  get pool(): Int32Array {
    return this.data;
  }

  /** Stores `needs` and gives its offset; NO_NEEDS for none. */
  add(needs: readonly number[] | undefined): number {
    if (needs === undefined || needs.length === 0) return NO_NEEDS;
    const known = this.offsets.get(needs);
    if (known !== undefined) return known;
    if (this.used + needs.length + 1 > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, this.used + needs.length + 1));
      grown.set(this.data.subarray(0, this.used));
      this.data = grown;
    }
    const at = this.used;
    this.data[at] = needs.length;
    for (let k = 0; k < needs.length; k++) this.data[at + 1 + k] = needs[k]!;
    this.used += needs.length + 1;
    this.offsets.set(needs, at);
    return at;
  }
}
