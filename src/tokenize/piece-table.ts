import { detached } from '../model/detached-string.js';

/**
 * A hash table from a stretch of a text (`text[start, end)`) to a value, looked up without making the
 * stretch a string: the caller hashes the characters as it scans them (`hashStep`), and a look-up compares
 * the stored key with the text in place.
 *
 * Why: the raw-token memo (raw-token-memo.ts) looked up every raw token of a document in a Map, which
 * needs the token as a string: `text.split` made ~630k strings per pass over the 2 MB bench corpus (plus
 * the array holding them), each hashed again by the Map. With this table only a raw token not seen before
 * becomes a string.
 */
export class PieceTable<T> {
  private keys: Array<string | undefined>;
  private hashes: Int32Array;
  private values: Array<T | undefined>;
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 12) {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<T | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for `text[start, end)`, whose hash (`hashOf`) is `hash`. */
  get(text: string, start: number, end: number, hash: number): T | undefined {
    const { keys, hashes, mask } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === undefined) return undefined;
      if (hashes[slot] !== hash || key.length !== length) continue;
      let k = 0;
      while (k < length && key.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === length) return this.values[slot];
    }
  }

  /** Stores `value` for `key` (not present yet), whose hash is `hash`. */
  add(key: string, hash: number, value: T): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.place(detached(key), hash, value);
    this.count++;
  }

  private place(key: string, hash: number, value: T): void {
    const { keys, mask } = this;
    let slot = hash & mask;
    while (keys[slot] !== undefined) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.hashes[slot] = hash;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    const capacity = keys.length * 2;
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.values = new Array<T | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== undefined) this.place(keys[slot]!, hashes[slot]!, values[slot]!);
  }
}

/** The starting hash of a stretch (FNV-1a's offset basis). */
export const HASH_SEED = 0x811c9dc5 | 0;

/** The hash of a stretch extended by character `code` (FNV-1a on UTF-16 code units). */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
