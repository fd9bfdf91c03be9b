import type { Doc, Mention } from '../model/document.js';
import type { IndexedPattern } from './compile-rules.js';
import type { SentenceItems } from './items.js';
import type { Need } from './pattern.js';
import type { WordInfo } from './word-info.js';
import { typeBits, typeMask } from './arg-types.js';
import { ANY_TYPE_BIT, GATE_STRIDE } from './word-info.js';
import { NO_NEEDS } from './need-lists.js';
import { needsAtOf } from './item-facts.js';

/**
 * The needs of all patterns (pattern.ts `Need`: a word or a mention that a required element reads), each
 * distinct one numbered once: a word set by its words, a mention test by its function (pattern.ts shares one
 * per list of types). A sentence notes where its needs stand in one pass over its words, and tests each
 * mention need at most once, instead of each pattern looking again at each anchor.
 */
export class NeedTable {
  count = 0;
  /** Patterns numbered (IndexedPattern.id), for the per-sentence anchor windows of NeedPositions. */
  patterns = 0;
  /** Word key → numbers of the word needs holding it. */
  readonly ofWord = new Map<string, number[]>();
  /** By need number: the mention test, or undefined for a word need. */
  readonly tests: Array<((m: Mention) => boolean) | undefined> = [];
  /** By need number: the argument-type bits of a mention test (arg-types.ts typeMask), or 0 (a word need, or a test of no such bits). */
  readonly masks: number[] = [];
  private readonly byWords = new Map<string, number>();
  /** A set of words already numbered: elements writing the same list share one set (WordSets.of, word-set-bits.ts), so most needs skip the sort. */
  private readonly byWordSet = new Map<ReadonlySet<string>, number>();
  private readonly byTest = new Map<(m: Mention) => boolean, number>();

  /** The number of `need`, given at its first sight. */
  number(need: Need): number {
    if (need.accepts) {
      let n = this.byTest.get(need.accepts);
      if (n === undefined) {
        this.byTest.set(need.accepts, (n = this.count++));
        this.tests[n] = need.accepts;
        this.masks[n] = typeMask(need.accepts) ?? 0;
      }
      return n;
    }
    const known = this.byWordSet.get(need.words);
    if (known !== undefined) return known;
    const words = [...need.words].sort();
    const key = words.join('\u0000');
    let n = this.byWords.get(key);
    if (n === undefined) {
      this.byWords.set(key, (n = this.count++));
      this.tests[n] = undefined;
      this.masks[n] = 0;
      for (const w of words) this.ofWord.set(w, [...(this.ofWord.get(w) ?? []), n]);
    }
    this.byWordSet.set(need.words, n);
    return n;
  }
}

/**
 * A pattern's needs by number, each with its side (pattern.ts `Need`). Word needs come first: their positions
 * are noted for every sentence anyway, while a mention need costs a look at the sentence's mentions, which a
 * missing word spares.
 */
export interface PatternNeeds {
  numbers: readonly number[];
  sides: ReadonlyArray<1 | -1 | 0>;
  /**
   * The argument-type bits (NeedTable.masks) of each of its mention needs that has them: a sentence whose mentions
   * meet none of one mask's types has no mention for that need, so no window (NeedPositions.fillLive).
   */
  typeMasks: readonly number[];
}

export function numberNeeds(table: NeedTable, needs: readonly Need[]): PatternNeeds {
  const seen = new Set<string>();
  const numbers: number[] = [];
  const sides: Array<1 | -1 | 0> = [];
  const typeMasks: number[] = [];
  for (const need of [...needs.filter((n) => n.words), ...needs.filter((n) => n.accepts)]) {
    const n = table.number(need);
    if (seen.has(`${n} ${need.side}`)) continue;
    seen.add(`${n} ${need.side}`);
    numbers.push(n);
    sides.push(need.side);
    if (table.masks[n]! !== 0 && !typeMasks.includes(table.masks[n]!)) typeMasks.push(table.masks[n]!);
  }
  return { numbers, sides, typeMasks };
}

const NONE = -1;

/**
 * Where one sentence's needs stand: the first and the last item of each, found on demand and kept for the
 * sentence. From them, the items where a pattern may be anchored: after the first item of each need of its
 * backward elements, before the last of each need of its forward elements. The relations stage tries a pattern
 * only there; every pattern try it skips would have failed, so no output changes.
 */
export class NeedPositions {
  private first = new Int32Array(0);
  private last = new Int32Array(0);
  /** The sentence number a need's positions were found for. */
  private found = new Uint32Array(0);
  /**
   * By need number: the sentence number whose words hold the word need (written by `begin` only: `find` also
   * stamps `found`). One more entry, at table.count, is stamped for every sentence: the gate of the patterns
   * without word needs (word-info.ts gatesOf).
   */
  present = new Uint32Array(0);
  /** By pattern id: [lo, hi] of the items where it may be anchored, and the sentence number they were found for. */
  private window = new Int32Array(0);
  private windowFound = new Uint32Array(0);
  /** The current sentence's number (for reading `present`). */
  sentence = 0;
  /** Sentences begun, never wrapping (unlike `sentence`): the stamp of WordInfo.live lists. */
  generation = 0;
  private doc!: Doc;
  private items!: SentenceItems;
  /** The items of the sentence that are mentions, for the mention needs. */
  private mentionItems: number[] = [];
  /** The argument-type bits of each of mentionItems (arg-types.ts typeBits), found at the sentence's first mention need. */
  private mentionTypes: number[] = [];
  /** The "or" of mentionTypes, and the `generation` it was found for. */
  private sentenceTypes = 0;
  private typesFound = 0;

  constructor(private readonly table: NeedTable) {}

  /**
   * Starts a sentence: notes the positions of its words' needs (its mention needs wait until asked). `facts` are the
   * items' facts (WordInfos.factsOfItem, item-facts.ts), whose offsets point into `lists` (WordInfos.needLists).
   */
  begin(doc: Doc, items: SentenceItems, facts: Int32Array, lists: Int32Array): void {
    if (this.found.length < this.table.count || this.windowFound.length < this.table.patterns) {
      this.first = new Int32Array(this.table.count);
      this.last = new Int32Array(this.table.count);
      this.found = new Uint32Array(this.table.count);
      this.present = new Uint32Array(this.table.count + 1);
      this.window = new Int32Array(2 * this.table.patterns);
      this.windowFound = new Uint32Array(this.table.patterns);
      this.sentence = 0;
    }
    // Numbered per call, not by items.sentence: the same positions serve every document.
    this.sentence++;
    this.generation++;
    if (this.sentence === 0xffffffff) {
      this.found.fill(0);
      this.present.fill(0);
      this.windowFound.fill(0);
      this.sentence = 1;
    }
    this.doc = doc;
    this.items = items;
    this.present[this.table.count] = this.sentence;
    this.mentionItems.length = 0;
    // The stamp lists and the sentence number in locals: each need stamp (4.23M per pass over the 294 ISW reports,
    // speed10) read them from `this` again after every store. With the gap stops read by word-set bits (match.ts):
    // the relations stage 0.973 of the build before (branch speed12, 9 rounds, 0.93–1.04).
    const { found, present, first, last, sentence } = this;
    for (let i = 0; i < items.length; i++) {
      if (items.mention[i]! >= 0) {
        this.mentionItems.push(i);
        continue;
      }
      const at = needsAtOf(facts[i]!);
      if (at === NO_NEEDS) continue;
      for (let k = at + 1, end = at + 1 + lists[at]!; k < end; k++) {
        const n = lists[k]!;
        if (found[n] !== sentence) {
          found[n] = present[n] = sentence;
          first[n] = i;
        }
        last[n] = i;
      }
    }
  }

  /** First item of need `n` in the sentence, or -1. */
  firstOf(n: number): number {
    if (this.found[n] !== this.sentence) this.find(n);
    return this.first[n]!;
  }

  /** Last item of need `n` in the sentence, or -1. */
  lastOf(n: number): number {
    if (this.found[n] !== this.sentence) this.find(n);
    return this.last[n]!;
  }

  /** A mention need is looked for now; a word need not noted by `begin` is not in the sentence. */
  private find(n: number): void {
    this.found[n] = this.sentence;
    this.first[n] = this.last[n] = NONE;
    const test = this.table.tests[n];
    if (test === undefined) return;
    const mentions = this.doc.mentions;
    const mask = this.table.masks[n]!;
    if (mask === 0) {
      for (const i of this.mentionItems) {
        if (!test(mentions[this.items.mention[i]!]!)) continue;
        if (this.first[n] === NONE) this.first[n] = i;
        this.last[n] = i;
      }
      return;
    }
    // By the mentions' type bits, found once per sentence: a test of several types called each type's test for each
    // mention and each need, and most needs asked are of a type the sentence lacks (over the 294 ISW reports, 600k
    // of the 770k empty windows per pass ended at a mention need no mention met; counted).
    if (this.typesFound !== this.generation) this.findTypes();
    if ((this.sentenceTypes & mask) === 0) return;
    const items = this.mentionItems;
    const types = this.mentionTypes;
    for (let j = 0; j < items.length; j++) {
      if ((types[j]! & mask) === 0) continue;
      if (this.first[n] === NONE) this.first[n] = items[j]!;
      this.last[n] = items[j]!;
    }
  }

  private findTypes(): void {
    this.typesFound = this.generation;
    const mentions = this.doc.mentions;
    const items = this.mentionItems;
    let all = 0;
    for (let j = 0; j < items.length; j++) {
      const bits = typeBits(mentions[this.items.mention[items[j]!]!]!);
      this.mentionTypes[j] = bits;
      all |= bits;
    }
    this.sentenceTypes = all;
  }

  /**
   * Fills `info.live` with its candidates that may be anchored somewhere in the sentence: their gates stamped in
   * `present` (most patterns tried lack a word in the sentence, and the gate says so without a window) and their
   * windows not empty, in the candidates' order. A pattern's window is found once per sentence. Done once per word key and
   * sentence, at its first item: the items after it that hold the same key (commas, "and", "of", every mention)
   * test only these candidates, and only their windows (inWindow). Before, each item tested every candidate's gates and window:
   * over the 294 ISW reports, 4.9M gate tests and 1.8M window look-ups per pass, against 3.4M and 1.0M now (counted).
   */
  fillLive(info: WordInfo): void {
    const candidates = info.candidates!;
    const gates = info.gates!;
    const patternIds = info.patternIds!;
    const present = this.present;
    const stamp = this.sentence;
    const live = info.live;
    const window = this.window;
    const windowFound = this.windowFound;
    // Two of three windows looked for were empty for want of a mention of the types a need asks (685k of 1.03M per
    // pass over the 294 ISW reports, counted): the sentence's type bits (with ANY_TYPE_BIT) and the first two masks,
    // read from the gates, say so before the pattern object is read. Tested before the two gates: a mask is in the
    // candidate's gate record already read, while a gate's stamp is a second, dependent read of `present`; 906k of the
    // 2.30M candidates read per warm pass over the 2 MB bench corpus fail a mask (2.63M of 5.46M over the 294 ISW
    // reports; counted), and all tests must pass, so the order changes no answer (branch speed20).
    if (this.typesFound !== this.generation) this.findTypes();
    const types = this.sentenceTypes | ANY_TYPE_BIT;
    let n = 0;
    for (let c = 0, at = 0; c < candidates.length; c++, at += GATE_STRIDE) {
      if ((types & gates[at + 2]!) === 0 || (types & gates[at + 3]!) === 0) continue;
      if (present[gates[at]!] !== stamp || present[gates[at + 1]!] !== stamp) continue;
      // The pattern's id and whether it has a third mask, without reading the pattern object (word-info.ts patternIdsOf).
      const idAndMask = patternIds[c]!;
      const id = idAndMask >> 1;
      if (windowFound[id] !== stamp) {
        windowFound[id] = stamp;
        const needs = candidates[c]!.needs;
        // A third mask is tested here.
        if ((idAndMask & 1) !== 0 && this.lacksTypes(needs.typeMasks)) {
          window[2 * id] = 0;
          window[2 * id + 1] = -1;
        } else this.findWindow(needs, 2 * id);
      }
      if (window[2 * id]! <= window[2 * id + 1]!) live[n++] = candidates[c]!;
    }
    info.liveCount = n;
    info.liveSentence = this.generation;
  }

  /** Some mask of `masks` meets none of the types of the sentence's mentions. */
  private lacksTypes(masks: readonly number[]): boolean {
    if (masks.length === 0) return false;
    if (this.typesFound !== this.generation) this.findTypes();
    const types = this.sentenceTypes;
    for (let k = 0; k < masks.length; k++) if ((types & masks[k]!) === 0) return true;
    return false;
  }

  /** Item `i` lies in the window of `p`, a pattern of a live list filled for this sentence (fillLive). */
  inWindow(p: IndexedPattern, i: number): boolean {
    return i >= this.window[2 * p.id]! && i <= this.window[2 * p.id + 1]!;
  }

  /** Writes [lo, hi] of the items where a pattern with `needs` may be anchored at window[at]; lo > hi when there are none. */
  private findWindow(needs: PatternNeeds, at: number): void {
    let lo = 0;
    let hi = this.items.length - 1;
    for (let k = 0; k < needs.numbers.length && lo <= hi; k++) {
      const n = needs.numbers[k]!;
      const side = needs.sides[k]!;
      if (side < 0) {
        const first = this.firstOf(n);
        lo = first === NONE ? this.items.length : Math.max(lo, first + 1);
      } else if (side > 0) hi = Math.min(hi, this.lastOf(n) - 1);
      else if (this.firstOf(n) === NONE) hi = -1;
    }
    this.window[at] = lo;
    this.window[at + 1] = hi;
  }
}
