import { detached } from '../model/detached-string.js';
import { findKey, KEY_PREFIX, type CompiledIndex } from './index.js';
import { BREAK_BEFORE, CAP, POSSESSIVE_TOKEN, UPPER, type WordTokens } from './scan.js';
import { LEADING_PARTICLES, LOWERCASE_IN_NAME } from './words.js';

/** A run of words whose folded form is a key of the index. */
export interface NameMatch {
  /** First and one-past-last word. */
  first: number;
  end: number;
  key: number;
}

/** Made by a constructor: the literal site was pretenured by V8 in batch runs (see src/model/records.ts). */
class NameMatchRecord implements NameMatch {
  constructor(
    readonly first: number,
    readonly end: number,
    readonly key: number,
  ) {}
}

/** Longest name an index may hold, in words: bounds the extension loop whatever the data. */
const MAX_WORDS = 12;

/**
 * True when the words first…end-1 are written as a name: capitalized, except particles and designators
 * inside it ("Rostov-on-Don", "Donetsk oblast") and words the list itself writes in lower case (bits of
 * `lowerMask`: "Baltic states"); lower-case text never matches ("split", "police").
 */
export function writtenAsName(words: WordTokens, first: number, end: number, lowerMask = 0): boolean {
  const flags = words.flags;
  const lowerFirst = lowerMask & 1 || LEADING_PARTICLES.has(words.folded[first]!);
  if (!(flags[first]! & CAP) && !(end - first > 1 && lowerFirst && flags[first + 1]! & CAP)) return false;
  for (let w = first + 1; w < end; w++) {
    if (flags[w]! & (CAP | POSSESSIVE_TOKEN) || (lowerMask >> (w - first)) & 1) continue;
    if (!LOWERCASE_IN_NAME.has(words.folded[w]!)) return false;
  }
  return true;
}

/** True when every word is in capitals (single capital letters count: "U.S."). */
export function writtenInCapitals(words: WordTokens, first: number, end: number): boolean {
  for (let w = first; w < end; w++) {
    const f = words.flags[w]!;
    if (!(f & UPPER) && !(f & CAP && words.end[w]! - words.start[w]! === 1)) return false;
  }
  return true;
}

/** A probe's answer packed in one number: key number << PROBE_SHIFT | PROBE_* bits, or -1 for no key. */
const PROBE_NAMES = 1; // the key names records
const PROBE_PREFIX = 2; // longer keys start with it
const PROBE_SHIFT = 2;
const PROBE_MEMO_LIMIT = 50_000;

/**
 * Answers of earlier probes, per index. The index's tables span megabytes, so in a pipeline (where each
 * document's other work evicts them from the CPU caches) every probe paid several cache misses, about ten
 * times its cost in a tight loop; news repeats its capitalized words, and a small memo stays cached.
 * Bounded: emptied when full, which only costs probing again.
 */
class ProbeMemo {
  /** First words → answer. */
  private readonly answers = new Map<string, number>();
  /** Key number → next word → answer for the key extended by that word (no joined string to build). */
  private readonly extensions = new Map<number, Map<string, number>>();
  private size = 0;

  constructor(private readonly index: CompiledIndex) {}

  probe(word: string): number {
    let answer = this.answers.get(word);
    if (answer === undefined) {
      answer = this.lookUp(word);
      this.answers.set(detached(word), answer);
    }
    return answer;
  }

  /** The answer for the key of `probe` (the words first…end-1) extended by the word at `end`. */
  extend(probe: number, folded: readonly string[], first: number, end: number): number {
    const k = probe >> PROBE_SHIFT;
    let next = this.extensions.get(k);
    if (!next) this.extensions.set(k, (next = new Map()));
    let answer = next.get(folded[end]!);
    if (answer === undefined) {
      answer = this.lookUp(folded.slice(first, end + 1).join(' '));
      next.set(detached(folded[end]!), answer);
    }
    return answer;
  }

  private lookUp(key: string): number {
    if (++this.size > PROBE_MEMO_LIMIT) {
      this.answers.clear();
      this.extensions.clear();
      this.size = 1;
    }
    const { index } = this;
    const k = findKey(index, key);
    return k < 0 ? -1 : (k << PROBE_SHIFT) | (index.pairStart[k + 1]! > index.pairStart[k]! ? PROBE_NAMES : 0) | (index.keyFlags[k]! & KEY_PREFIX ? PROBE_PREFIX : 0);
  }
}

const memos = new WeakMap<CompiledIndex, ProbeMemo>();

function probeMemo(index: CompiledIndex): ProbeMemo {
  let memo = memos.get(index);
  if (!memo) memos.set(index, (memo = new ProbeMemo(index)));
  return memo;
}

/** The matches of the words last asked about, per index: one slot, like `docWords`, for the same reason. */
let cachedWords: WordTokens | undefined;
const cachedByIndex = new Map<CompiledIndex, NameMatch[]>();

/** Empties the slot (it holds its index as a key): see `releaseLoadedGazetteer`. */
export function forgetCachedMatches(): void {
  cachedWords = undefined;
  cachedByIndex.clear();
}

/** matchNames, once per document and index: the gazetteer and demonym recognizers share the pass. */
export function cachedMatches(index: CompiledIndex, words: WordTokens): NameMatch[] {
  if (cachedWords !== words) {
    cachedWords = words;
    cachedByIndex.clear();
  }
  let matches = cachedByIndex.get(index);
  if (!matches) cachedByIndex.set(index, (matches = matchNames(index, words)));
  return matches;
}

/**
 * Ends and keys of the names found at one start, shortest first, reused from start to start (at most
 * MAX_WORDS each): a list per start, emptied and refilled, cost more than the matches themselves.
 */
const foundEnds = new Int32Array(MAX_WORDS);
const foundKeys = new Int32Array(MAX_WORDS);

/**
 * One pass over the words: at each word that can start a name (capitalized, or a particle such as "al"),
 * probe the index, and extend word by word while the index says a longer name starts this way. Returns,
 * for each start, the matches longest first. Lower-case words cost one flag test, not a hash probe.
 */
export function matchNames(index: CompiledIndex, words: WordTokens): NameMatch[] {
  const out: NameMatch[] = [];
  const { count, flags, folded } = words;
  const probes = probeMemo(index);
  for (let i = 0; i < count; i++) {
    const f = flags[i]!;
    if (f & POSSESSIVE_TOKEN) continue;
    // A lower-case word starts a name only as a particle before a capital ("al-Bab"): test that cheaply first.
    if (!(f & CAP) && !(i + 1 < count && flags[i + 1]! & CAP && LEADING_PARTICLES.has(folded[i]!))) continue;
    let probe = probes.probe(folded[i]!);
    let found = 0;
    let end = i + 1;
    while (probe >= 0) {
      if (probe & PROBE_NAMES) {
        foundEnds[found] = end;
        foundKeys[found++] = probe >> PROBE_SHIFT;
      }
      if (!(probe & PROBE_PREFIX) || end >= count || end - i >= MAX_WORDS || flags[end]! & BREAK_BEFORE) break;
      probe = probes.extend(probe, folded, i, end);
      end++;
    }
    for (let m = found - 1; m >= 0; m--) out.push(new NameMatchRecord(i, foundEnds[m]!, foundKeys[m]!));
  }
  return out;
}
