/**
 * The word sets of the rule patterns (pattern.ts `wordSetOf`), numbered, and for each word key the bits of the sets
 * that hold it (WordInfo.wordSets, word-info.ts). The matcher tests a word element at an item by one bit of the item's
 * WordInfo, read by array index, instead of a Set look-up by the item's key string: those look-ups were the hottest
 * lines of the matcher's pre-tests and its word elements (couldStart, couldBegin, seqFrom: ~2.6% of a warm pipeline's
 * CPU profile over the 294 ISW reports, main 2cee5ee). Measured (branch speed12, one build per process, the relations
 * stage's CPU over that of the stages not changed, median of rounds; docs/speed-history.md): with a gap's stop words read
 * the same way 0.981 against the branch without the bits (15 rounds, 0.90–1.09; the same build against itself 1.004,
 * 0.89–1.09) — within the noise, but the word elements alone gave 0.983 (7 rounds) and never a cost.
 */

/** Key → the numbers of the sets holding it. */
const setsOfKey = new Map<string, number[]>();
let count = 0;

/** Numbers a new word set (once per distinct set: pattern.ts shares one set per list of alternatives). */
export function numberWordSet(words: ReadonlySet<string>): number {
  const id = count++;
  for (const w of words) {
    const ids = setsOfKey.get(w);
    if (ids) ids.push(id);
    else setsOfKey.set(w, [id]);
  }
  return id;
}

/**
 * The bits of the sets numbered so far that hold `key`, or undefined when none does. A key's bits are read only for
 * sets numbered before them: the sets of a pipeline's rules are all made when its rules compile, before its
 * WordInfos (one per pipeline) read a key.
 */
export function wordSetBits(key: string): Uint32Array | undefined {
  const ids = setsOfKey.get(key);
  if (ids === undefined) return undefined;
  const bits = new Uint32Array((count + 31) >>> 5);
  for (const id of ids) bits[id >>> 5]! |= 1 << (id & 31);
  return bits;
}

/** Set number `id` holds the key whose bits are `bits` (wordSetBits). */
export function inWordSet(bits: Uint32Array | undefined, id: number): boolean {
  return bits !== undefined && (bits[id >>> 5]! & (1 << (id & 31))) !== 0;
}
