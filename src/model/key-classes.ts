/**
 * Word keys that rule tables care about, with one bit per table. Recognizers register the keys of the tables
 * they test every word against ("could this word open a title", "is it a given name") when they are built;
 * the word view looks each word's key up once and keeps the bits, so the per-word tests of every recognizer
 * are bit tests instead of one hash lookup of the same key per table. Most words are in no table and get 0.
 */
const classesOf = new Map<string, number>();
const bitOf = new Map<string, number>();
/** Classes defined by a test of the key itself (see keyClassWhere): bit and test, one entry per registration. */
const tests: Array<{ bit: number; test: (key: string) => boolean }> = [];
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
  const bit = bitFor(name);
  for (const key of keys) {
    const old = classesOf.get(key) ?? 0;
    if (!(old & bit)) {
      classesOf.set(key, old | bit);
      version++;
    }
  }
  return bit;
}

/**
 * The bit of the class `name`, holding the keys for which `test` is true: a fact of the key's characters
 * ("starts with a digit", "ends in a company-like ending") that a recognizer would otherwise read from the
 * word's string at every word of every document. The word view asks it once per word form (and per word glued
 * from several tokens), so the per-word question becomes a bit test. Registered again under the same name,
 * a key is in the class when any of the tests says so: as for `keyClass`, the bit is a pre-test in front of
 * the recognizer's own, never the final answer. A test is kept once (by identity): every pipeline built in a
 * process registers its recognizers' classes again, and each test kept runs for every new word form.
 */
export function keyClassWhere(name: string, test: (key: string) => boolean): number {
  const bit = bitFor(name);
  if (tests.some((t) => t.bit === bit && t.test === test)) return bit;
  tests.push({ bit, test });
  version++;
  return bit;
}

function bitFor(name: string): number {
  let bit = bitOf.get(name);
  if (bit === undefined) {
    if (bitOf.size === MAX_CLASSES) throw new Error(`key-classes: more than ${MAX_CLASSES} classes registered ("${name}")`);
    bit = 1 << bitOf.size;
    bitOf.set(name, bit);
  }
  return bit;
}

/** The classes (bits) of a word key; 0 for a key no table holds and no test accepts. */
export function keyClasses(key: string): number {
  let classes = classesOf.get(key) ?? 0;
  for (let k = 0; k < tests.length; k++) if (tests[k]!.test(key)) classes |= tests[k]!.bit;
  return classes;
}

/** Changes whenever a key gains a class, so views built before it can be told apart. */
export function keyClassesVersion(): number {
  return version;
}

/**
 * Keys holding a hyphen ("oil-giant", "al-assad"): words glued from hyphenated tokens by the word view, and
 * the few forms the tokenizer keeps whole. Shared by the recognizers that asked `key.includes('-')` per word.
 */
export const HYPHENATED = keyClassWhere('key.hyphenated', (key) => key.includes('-'));
