/**
 * Word keys that rule tables care about, with one bit per table. Recognizers register the keys of the tables
 * they test every word against ("could this word open a title", "is it a given name") when they are built;
 * the word view looks each word's key up once and keeps the bits, so the per-word tests of every recognizer
 * are bit tests instead of one hash lookup of the same key per table. Most words are in no table and get 0.
 */
const classesOf = new Map<string, number>();
const bitOf = new Map<string, number>();
/** A JavaScript bit operation sees 32 bits; the sign bit is left alone. */
const MAX_CLASSES = 31;
let version = 0;

/**
 * The bit of the class `name`, holding `keys` (word keys as `foldKey` makes them). A class registered again
 * (a second pipeline, another instance of the same recognizer) gets its old bit and the union of the keys,
 * so a bit says "maybe in the table": users treat it as a cheap pre-test in front of their table's own
 * lookup (which most words then never reach), never as the final answer.
 */
export function keyClass(name: string, keys: Iterable<string>): number {
  let bit = bitOf.get(name);
  if (bit === undefined) {
    if (bitOf.size === MAX_CLASSES) throw new Error(`key-classes: more than ${MAX_CLASSES} classes registered ("${name}")`);
    bit = 1 << bitOf.size;
    bitOf.set(name, bit);
  }
  for (const key of keys) {
    const old = classesOf.get(key) ?? 0;
    if (!(old & bit)) {
      classesOf.set(key, old | bit);
      version++;
    }
  }
  return bit;
}

/** The classes (bits) of a word key; 0 for a key no table holds. */
export function keyClasses(key: string): number {
  return classesOf.get(key) ?? 0;
}

/** Changes whenever a key gains a class, so views built before it can be told apart. */
export function keyClassesVersion(): number {
  return version;
}
