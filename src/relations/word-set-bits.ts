import { wordKey } from './items.js';

/**
 * The word sets of one pipeline's rule patterns, numbered, and for each word key the bits of
 * the sets that hold it (WordInfo.wordSets, word-info.ts). The matcher tests a word element at an item by one bit of
 * the item's WordInfo, read by array index, instead of a Set look-up by the item's key string: those look-ups were the
 * hottest lines of the matcher's pre-tests and its word elements (couldStart, couldBegin, seqFrom: ~2.6% of a warm
 * pipeline's CPU profile over the 294 ISW reports, main 2cee5ee). Measured (branch speed12, one build per process, the
 * relations stage's CPU over that of the stages not changed, median of rounds; docs/speed-history.md): with a gap's stop
 * words read the same way 0.981 against the branch without the bits (15 rounds, 0.90–1.09; the same build against
 * itself 1.004, 0.89–1.09) — within the noise, but the word elements alone gave 0.983 (7 rounds) and never a cost.
 *
 * One registry per compiled rule table (compile-rules.ts), not one for the process: a module-wide registry numbered
 * the sets of every rule table compiled in the process, so each pipeline built with other rule files made every
 * key's bit array wider and the registry larger for the life of the process.
 */
export class WordSets {
  /** Alternatives text → its set and number: one set per list, shared by every element that writes it. */
  private readonly byText = new Map<string, { words: ReadonlySet<string>; set: number }>();
  /** Key → the numbers of the sets holding it. */
  private readonly setsOfKey = new Map<string, number[]>();
  private count = 0;

  /** Number of sets numbered. */
  get size(): number {
    return this.count;
  }

  /**
   * The set of keys of `alternatives` ("past|by") and its number, made once per distinct list: the built-in rules
   * write 137,690 alternatives in 13,231 elements, but only 20,994 in their 1,409 distinct element texts (the modal
   * and place-word lists recur in hundreds of patterns). Keying each list once (and NeedTable numbering a shared set
   * once) made compiling the built-in rules in a fresh process 0.55× as long (median 175 → 99 ms, six alternating
   * pairs; docs/speed-history.md, branch `speed8`).
   */
  of(alternatives: string): { words: ReadonlySet<string>; set: number } {
    let known = this.byText.get(alternatives);
    if (!known) {
      const words = new Set(alternatives.split('|').map(wordKey));
      this.byText.set(alternatives, (known = { words, set: this.number(words) }));
    }
    return known;
  }

  private number(words: ReadonlySet<string>): number {
    const id = this.count++;
    for (const w of words) {
      const ids = this.setsOfKey.get(w);
      if (ids) ids.push(id);
      else this.setsOfKey.set(w, [id]);
    }
    return id;
  }

  /**
   * The bits of the sets that hold `key`, or undefined when none does. Read only after the rule table's patterns are
   * compiled (the pipeline's WordInfos read keys while documents run), so every set of the table has its bit.
   */
  bitsOf(key: string): Uint32Array | undefined {
    const ids = this.setsOfKey.get(key);
    if (ids === undefined) return undefined;
    const bits = new Uint32Array((this.count + 31) >>> 5);
    for (const id of ids) bits[id >>> 5]! |= 1 << (id & 31);
    return bits;
  }
}

/** Set number `id` holds the key whose bits are `bits` (WordSets.bitsOf). */
export function inWordSet(bits: Uint32Array | undefined, id: number): boolean {
  return bits !== undefined && (bits[id >>> 5]! & (1 << (id & 31))) !== 0;
}
