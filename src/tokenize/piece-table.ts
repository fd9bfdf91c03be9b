/**
 * A hash table from a stretch of a text (`text[start, end)`) to a list of integers, looked up without making
 * the stretch a string: the caller hashes the characters as it scans them (`hashStep`), and a look-up compares
 * the stored key with the text in place.
 *
 * Why: the raw-token memo (raw-token-memo.ts) looked up every raw token of a document in a Map, which
 * needs the token as a string: `text.split` made ~630k strings per pass over the 2 MB bench corpus (plus
 * the array holding them), each hashed again by the Map. With this table no raw token becomes a string.
 *
 * Keys and values live in one Int32Array (`pool`), each entry's key characters right before its numbers, and
 * the slots are (hash, entry) pairs in another: a hit reads one slot and one stretch of the pool. The table it
 * replaced kept a key string, a hash, and a value list per slot in three arrays, so a hit touched the slot
 * arrays, the key string, the list and the list's elements, each elsewhere in the heap, for each of the
 * 1.5 million raw tokens of a pass over the 294 ISW reports (measured: see docs/speed-history.md, `speedpipe6`).
 */
export class PieceTable {
  /** Per slot: the key's hash, then its entry's offset in `pool` + 1 (0: empty slot). */
  private slots: Int32Array;
  private mask: number;
  private count = 0;
  /**
   * Entries: key length, the key's UTF-16 code units, the number of values, the values. Read the values of a
   * `find` from here (the array is replaced as it grows: read it after the look-up).
   */
  pool = new Int32Array(1 << 16);
  private used = 0;

  constructor(capacity = 1 << 12) {
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Where the values stored for `text[start, end)` (whose hash, `hashOf`, is `hash`) begin in `pool`, their
   * count at the offset before; -1 when the stretch is not stored.
   */
  find(text: string, start: number, end: number, hash: number): number {
    const { slots, mask, pool } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * 2 + 1]!;
      if (entry === 0) return -1;
      if (slots[slot * 2] !== hash) continue;
      const key = entry - 1;
      if (pool[key] !== length) continue;
      let k = 0;
      while (k < length && pool[key + 1 + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return key + length + 2;
    }
  }

  /**
   * Stores `values` for `text[start, end)` (not present yet), whose hash is `hash`. Values must be 32-bit
   * integers (`fitsInt32`): the caller keeps any other list out of the table.
   */
  add(text: string, start: number, end: number, hash: number, values: ArrayLike<number>, from: number, to: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const length = end - start;
    const need = length + 2 + (to - from);
    if (this.used + need > this.pool.length) {
      const pool = new Int32Array(Math.max(this.used + need, this.pool.length * 2));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    const { pool } = this;
    const at = this.used;
    pool[at] = length;
    for (let k = 0; k < length; k++) pool[at + 1 + k] = text.charCodeAt(start + k);
    pool[at + 1 + length] = to - from;
    for (let k = from; k < to; k++) pool[at + 2 + length + k - from] = values[k]!;
    this.used += need;
    this.place(hash, at + 1);
    this.count++;
  }

  private place(hash: number, entry: number): void {
    const { slots, mask } = this;
    let slot = hash & mask;
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = hash;
    slots[slot * 2 + 1] = entry;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== 0) this.place(old[slot]!, old[slot + 1]!);
  }
}

/** Whether every value in `values[from, to)` is a 32-bit integer (what PieceTable stores exactly). */
export function fitsInt32(values: ArrayLike<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((values[k]! | 0) !== values[k]) return false;
  return true;
}

/** The starting hash of a stretch (FNV-1a's offset basis). */
export const HASH_SEED = 0x811c9dc5 | 0;

/** The hash of a stretch extended by character `code` (FNV-1a on UTF-16 code units). */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
