import type { Doc } from '../model/document.js';
import { LexemeInts, LexemeMemo } from '../model/lexicon.js';
import type { IndexedPattern, RuleIndex } from './compile-rules.js';
import { isRekeyed, tokenMayRekey, wordKey, type SentenceItems } from './items.js';
import { KEY_HOLDING, keyFlags } from './match.js';
import type { NeedTable } from './requirements.js';
import type { WordSets } from './word-set-bits.js';
import { NeedLists } from './need-lists.js';
import { MENTION_FACTS, packItemFacts } from './item-facts.js';

/** What the relations stage reads of one word key: the patterns anchored on it and the word needs it meets. */
export interface WordInfo {
  key: string;
  candidates: ReadonlyArray<IndexedPattern> | undefined;
  /**
   * By candidate, at GATE_STRIDE * c: its two gate needs (IndexedPattern.gate, secondGate), or the need number that
   * every sentence has (NeedPositions `present`) for a pattern without such a need; then the first two argument-type
   * masks of its mention needs (PatternNeeds.typeMasks), or ANY_TYPE. NeedPositions.fillLive reads these, not the
   * pattern object, and skips most candidates without touching it.
   */
  gates: Int32Array | undefined;
  /** By candidate: its pattern's id and whether it has a third type mask (patternIdsOf). */
  patternIds: Int32Array | undefined;
  /** Where the key's word needs (NeedTable.ofWord) stand in WordInfos.needLists, and whether it has candidates (item-facts.ts). */
  facts: number;
  /** The matcher's facts of the key (match.ts keyFlags). */
  flags: number;
  /** The key is an attribution cue (attribution.ts cuePositions). */
  cue: boolean;
  /** The key is a word of the title lexicon's vocabulary (the matcher's title elements). */
  titleWord: boolean;
  /** The bits of the rule patterns' word sets that hold the key (word-set-bits.ts), for the matcher's word elements. */
  wordSets: Uint32Array | undefined;
  /**
   * The candidates that may be anchored in the sentence numbered `liveSentence` (NeedPositions.generation), the first
   * `liveCount` entries of `live`: filled by NeedPositions.fillLive at the key's first item of a sentence.
   */
  live: IndexedPattern[];
  liveCount: number;
  liveSentence: number;
}

/** Bound of the by-key memo (keys of tokens without a lexeme id, and the few keys items.ts changes). */
const BY_KEY_LIMIT = 100_000;

/**
 * A word item's WordInfo, computed once per lexeme id (src/model/lexicon.ts) and read by array index. Before,
 * every word item cost two Map look-ups by its key string, the rule index's and the need table's: in a CPU
 * profile of the relations stage alone (bench corpus, 2 MB × 3) the rule index's look-up was the hottest line of
 * the stage's sentence loop (68 of its 377 ticks) and the need table's the hottest of NeedPositions.begin (56 of
 * 107). One per-pipeline instance: the info depends on the rule tables.
 */
export class WordInfos {
  private readonly byKey = new Map<string, WordInfo>();
  private readonly byLexeme = new LexemeMemo<WordInfo>((text) => this.ofKey(wordKey(text)));
  /** A word's WordInfo.facts by lexeme, a number read from the memo's own slot (see factsOfItem). */
  private readonly factsByLexeme = new LexemeInts((text) => this.ofKey(wordKey(text)).facts);
  /** The word needs of every key, for NeedPositions.begin. */
  readonly needLists = new NeedLists();
  /** The infos of the current sentence's items (undefined for mention items), refilled sentence after sentence. */
  readonly ofItem: Array<WordInfo | undefined> = [];
  /**
   * By item of the current sentence (filled with `ofItem`): its info's facts (item-facts.ts), MENTION_FACTS for a
   * mention. Read by NeedPositions.begin and the stage's item loop instead of the infos, whose objects `fill` does not
   * touch (it reads the memos' slots). Grown for a longer sentence, so taken after `fill`.
   */
  factsOfItem = new Int32Array(256);

  constructor(
    private readonly index: RuleIndex,
    private readonly table: NeedTable,
    private readonly cues: ReadonlySet<string>,
    private readonly titleWords: ReadonlySet<string>,
    private readonly wordSets: WordSets,
  ) {}

  ofKey(key: string): WordInfo {
    let info = this.byKey.get(key);
    if (info === undefined) {
      const candidates = this.index.get(key);
      info = { key, candidates, gates: candidates && gatesOf(candidates, this.table), patternIds: candidates && patternIdsOf(candidates), facts: packItemFacts(this.needLists.add(this.table.ofWord.get(key)), candidates !== undefined, (keyFlags(key) & KEY_HOLDING) !== 0), flags: keyFlags(key), cue: this.cues.has(key), titleWord: this.titleWords.has(key), wordSets: this.wordSets.bitsOf(key), live: [], liveCount: 0, liveSentence: 0 };
      if (this.byKey.size >= BY_KEY_LIMIT) this.byKey.clear();
      this.byKey.set(key, info);
    }
    return info;
  }

  /**
   * Fills `ofItem` for the sentence's items. A word's info is read by its token's lexeme unless items.ts may have
   * keyed the item apart from its token (a possessive apostrophe, the month "May").
   */
  fill(doc: Doc, items: SentenceItems): Array<WordInfo | undefined> {
    const out = this.ofItem;
    if (this.factsOfItem.length < items.length) this.factsOfItem = new Int32Array(Math.max(items.length, 2 * this.factsOfItem.length));
    const facts = this.factsOfItem;
    const tokens = doc.tokens;
    for (let i = 0; i < items.length; i++) {
      if (items.mention[i]! >= 0) {
        out[i] = undefined;
        facts[i] = MENTION_FACTS;
        continue;
      }
      const key = items.keys[i]!;
      const t = items.token[i]!;
      // (Not `info.key === key`: the two equal strings are mostly different objects, and comparing their
      // characters was the hottest line of this loop in a CPU profile. The key is compared only for a token whose
      // item may be rekeyed, so that other items' key strings are not read: see tokenMayRekey.)
      if (t >= 0 && (!tokenMayRekey(doc, t) || !isRekeyed(key))) {
        out[i] = this.byLexeme.of(tokens, t);
        facts[i] = this.factsByLexeme.of(tokens, t);
      } else {
        const info = this.ofKey(key);
        out[i] = info;
        facts[i] = info.facts;
      }
    }
    // Not cut to length: entries past the sentence's items are never read, and cutting a list drops its storage.
    return out;
  }
}

/** Entries per candidate in WordInfo.gates: two gate needs, two type masks. */
export const GATE_STRIDE = 4;

/**
 * The type mask of a pattern without a second (or any) typed mention need: it meets every sentence, since
 * NeedPositions.fillLive adds ANY_TYPE_BIT to the sentence's type bits.
 */
export const ANY_TYPE = -1;
export const ANY_TYPE_BIT = 1 << 30;

/**
 * The gates of a list of candidates (WordInfo.gates): candidate c's two gate needs and first two type masks at
 * GATE_STRIDE * c. 711 of the 740 built-in patterns have at most two type masks; a third is tested with the window.
 * Over the 294 ISW reports a pass tests 5.19M candidates' gates, 1.24M pass them and 220k are live (counted): the type
 * masks read here spare most of the 1.02M others the pattern object and its window stamp. Measured (branch speed10,
 * separate processes alternating with 547cae0, 147 reports, 3 warm passes each, the relations stage's CPU over that of
 * the stages not changed): 0.978 (6 pairs, 0.945–0.997; the same build against itself 0.96–1.03).
 */
export function gatesOf(candidates: ReadonlyArray<IndexedPattern>, table: NeedTable): Int32Array {
  const gates = new Int32Array(GATE_STRIDE * candidates.length);
  candidates.forEach((p, c) => {
    const at = GATE_STRIDE * c;
    gates[at] = p.gate >= 0 ? p.gate : table.count;
    gates[at + 1] = p.secondGate >= 0 ? p.secondGate : table.count;
    gates[at + 2] = p.needs.typeMasks[0] ?? ANY_TYPE;
    gates[at + 3] = p.needs.typeMasks[1] ?? ANY_TYPE;
  });
  return gates;
}

/**
 * By candidate (WordInfo.patternIds): its pattern's id (IndexedPattern.id) times two, plus one when the pattern has type
 * masks past the two in the gates. NeedPositions.fillLive reads these for the candidates whose gates and masks pass, and
 * the pattern object only to find its window (once per sentence) and for the live list: ~800k candidates per pass over
 * the 294 ISW reports pass the masks and are not live (counted by speed10: 1.02M pass, 220k live). A list apart from
 * the gates, which every candidate's test reads (a wider stride there touched more memory for the 5.19M tests).
 * Measured with the reused cue arrays (attribution.ts), branch speed12: the relations stage 0.960 of the build before
 * (one build per process, its CPU over that of the stages not changed, median of 7 rounds, 0.87–1.06).
 */
export function patternIdsOf(candidates: ReadonlyArray<IndexedPattern>): Int32Array {
  const ids = new Int32Array(candidates.length);
  candidates.forEach((p, c) => {
    ids[c] = 2 * p.id + (p.needs.typeMasks.length > 2 ? 1 : 0);
  });
  return ids;
}
