import type { TokenTable } from './token-table.js';

/** wink-eng-lite-web-model's own vocabulary has ids up to ~87,000; new forms get ids after them. */
const INITIAL_SLOTS = 1 << 17;

/**
 * Values by lexeme id, in an array indexed by the id itself. It is made full of `undefined` (~5 ms for the
 * first 131,072 ids) and grown by doubling: an array with holes, or one grown by assigning past its end, is
 * slower to read. A typed array of slots into a packed list of values was cheaper to make but cost a second
 * memory access per look-up, and the look-ups run per token (measured: both tokenize's text-and-type read
 * and the memos' reads rose to the top of the line profile).
 */
export class IdSlots<T> {
  private slots: Array<T | undefined> = IdSlots.empty(INITIAL_SLOTS);
  private count = 0;

  /** Number of ids with a value. */
  get size(): number {
    return this.count;
  }

  get(id: number): T | undefined {
    return id < this.slots.length ? this.slots[id] : undefined;
  }

  set(id: number, value: T): void {
    if (id >= this.slots.length) this.slots = this.slots.concat(IdSlots.empty(Math.max(id + 1, this.slots.length * 2) - this.slots.length));
    if (this.slots[id] === undefined) this.count++;
    this.slots[id] = value;
  }

  private static empty(n: number): undefined[] {
    return new Array<undefined>(n).fill(undefined);
  }
}

/** What the tokenizer says about one word form. */
export interface Lexeme {
  text: string;
  /** wink-nlp token type: word, number, punctuation, … */
  kind: string;
  /** The form's id in this lexicon (see Lexicon): what tokens carry (`TokenTable.lexeme`) and memos index by. */
  id: number;
}

/**
 * The word forms the tokenizer has met, by id: wink-nlp gives every token the id of its lexeme in its
 * vocabulary (known words and every new form it meets, for the life of the instance), and the same id
 * always has the same text and token type (checked on the bench corpus, the evaluation sets and the seeds:
 * 455k tokens, 12.5k ids, no exception). Facts that depend only on a token's text — its lower-case key,
 * its case, its rule classes — can therefore be computed once per id and looked up by array index, where a
 * look-up by string would hash a new string for every token.
 *
 * One lexicon per tokenizer instance: ids of different instances are different id spaces.
 */
export class Lexicon extends IdSlots<Lexeme> {
  /**
   * Learns the form of wink id `winkId` (once; a form learnt already is kept) and gives it the next id of this
   * lexicon's own: forms are numbered 0, 1, 2 … in the order the documents first use them. `get` reads by wink's
   * id, tokens carry the lexicon's (Lexeme.id).
   *
   * Why: wink's ids follow its model's vocabulary (~87,000 forms, common words anywhere among them), so every
   * per-form memo indexed by them was an array of 131,072+ slots read at scattered places, a cache miss per
   * token for each memo (the word shapes, the gazetteer scan's folded words, the date triggers, the relation
   * stage's keys). Numbered in order of first use, the forms a batch keeps using sit together at the front.
   * Measured: the same documents with dense ids against wink's, the stage alone, alternating per document in
   * one process (bench corpus): recognize 0.93–0.96×, dates 0.83× (see the commit for the final numbers).
   */
  learn(winkId: number, text: string, kind: string): void {
    if (this.get(winkId) !== undefined) return;
    const id = this.size;
    this.set(winkId, { text, kind, id });
    this.forms.add(winkId, id, text, kind);
  }

  /** The learnt forms in arrays by id, for the tokenizer's pass over every token (see LexemeForms). */
  readonly forms = new LexemeForms();
}

/**
 * The forms of a lexicon by its own ids (Lexeme.id), in arrays rather than Lexeme objects, with each form's
 * characters in one pool: what the tokenize stage reads for every token to place it in the text.
 *
 * Why: placing a token read its wink id's slot (a list of 131,072+ entries, by wink's scattered ids), then the
 * Lexeme object and then the form's string to compare it with the text, each elsewhere in the heap: three cache
 * misses per token, and `placeTokens` was ~3.2% of a warm pipeline's CPU profile over the 294 ISW reports
 * (c48bd7d). Here a wink id leads to one Int32Array entry, and everything else is read by the lexicon's own id,
 * whose forms are numbered in order of first use, so the forms a batch keeps using sit together.
 */
export class LexemeForms {
  /** Lexicon id + 1 by wink id (0: not learnt). */
  idOf: Int32Array = new Int32Array(INITIAL_SLOTS);
  /** By lexicon id: the form, its wink token type, where its characters start in `chars`, its length. */
  readonly text: string[] = [];
  readonly kind: string[] = [];
  charsAt: Int32Array = new Int32Array(1024);
  length: Int32Array = new Int32Array(1024);
  /** Every form's UTF-16 code units, one form after another. */
  chars: Uint16Array = new Uint16Array(1 << 16);
  private used = 0;

  /** The lexicon id of wink id `winkId`, or -1 when it is not learnt. */
  idOfWink(winkId: number): number {
    return winkId < this.idOf.length ? this.idOf[winkId]! - 1 : -1;
  }

  add(winkId: number, id: number, text: string, kind: string): void {
    if (winkId >= this.idOf.length) this.idOf = grown(this.idOf, winkId + 1);
    this.idOf[winkId] = id + 1;
    this.text[id] = text;
    this.kind[id] = kind;
    if (id >= this.charsAt.length) {
      this.charsAt = grown(this.charsAt, id + 1);
      this.length = grown(this.length, id + 1);
    }
    if (this.used + text.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.used + text.length, this.chars.length * 2));
      chars.set(this.chars.subarray(0, this.used));
      this.chars = chars;
    }
    this.charsAt[id] = this.used;
    this.length[id] = text.length;
    for (let k = 0; k < text.length; k++) this.chars[this.used + k] = text.charCodeAt(k);
    this.used += text.length;
  }
}

function grown(array: Int32Array, atLeast: number): Int32Array {
  const out = new Int32Array(Math.max(atLeast, array.length * 2));
  out.set(array);
  return out;
}

/**
 * A fact of a word form (its key, its trigger bits …) computed once per lexeme id and then read by array
 * index. Tokens without a lexeme id (made without a lexicon) have it computed every time.
 */
export class LexemeMemo<T> {
  private readonly byLexicon = new WeakMap<Lexicon, IdSlots<T>>();
  private lexicon: Lexicon | undefined;
  private slots: IdSlots<T> | undefined;

  constructor(private readonly compute: (text: string, kind: string) => T) {}

  /** The fact of token `i`. */
  of(tokens: TokenTable, i: number): T {
    const id = tokens.lexeme[i]!;
    const lexicon = tokens.lexicon;
    if (id < 0 || lexicon === undefined) return this.compute(tokens.text[i]!, tokens.kind[i]!);
    if (lexicon !== this.lexicon) this.use(lexicon);
    let value = this.slots!.get(id);
    if (value === undefined) {
      value = this.compute(tokens.text[i]!, tokens.kind[i]!);
      this.slots!.set(id, value);
    }
    return value;
  }

  /**
   * The values computed so far for the ids of `tokens`' lexicon (undefined for tokens without one), for a
   * loop over many tokens: `slots.get(tokens.lexeme[i]) ?? memo.of(tokens, i)` reads the memo without a call
   * where `of` is not inlined (the gazetteer's word scan: `of` was ~3.5% of the recognize stage's profile).
   */
  known(tokens: TokenTable): IdSlots<T> | undefined {
    const lexicon = tokens.lexicon;
    if (lexicon === undefined) return undefined;
    if (lexicon !== this.lexicon) this.use(lexicon);
    return this.slots;
  }

  /** Pipelines with different tokenizer instances may alternate: each lexicon keeps its own slots. */
  private use(lexicon: Lexicon): void {
    let slots = this.byLexicon.get(lexicon);
    if (!slots) this.byLexicon.set(lexicon, (slots = new IdSlots<T>()));
    this.lexicon = lexicon;
    this.slots = slots;
  }
}

/** LexemeInts' mark of a slot not computed yet (a fact equal to it is computed every time). */
const NOT_YET = -0x80000000;

/**
 * A LexemeMemo of a 32-bit integer fact (bit sets, packed facts), kept in an Int32Array by lexeme id, and of a
 * yes/no fact (`LexemeFlags`) in a Uint8Array.
 *
 * Why: the memos' slot lists (IdSlots) hold 8 bytes per id, each memo its own list, and a token's forms are read
 * from several of them in every stage; the inlined slot reads were ~3% of a warm pipeline's CPU profile over the
 * 294 ISW reports (c48bd7d), most of them cache misses. A number in 4 bytes, a yes/no in 1, the same ids' facts sit in
 * a half or an eighth of the memory. Measured (two CPU profiles at the same time, branch speed16): the inlined slot reads
 * in the five functions that read these memos 2.49% → 1.13% of the profile, but those functions' self time only
 * 7.29% → 7.10% (the reads of the typed arrays by id miss the caches too): within the noise (docs/speed-history.md).
 */
/**
 * A typed array of facts by lexeme id, one per lexicon (each pipeline has its own), grown by doubling. The reads
 * stay in the subclasses' `of`, so each keeps one array kind at its hot access; only the cold paths are shared.
 */
abstract class LexemeTable<A extends Int32Array | Uint8Array> {
  private readonly byLexicon = new WeakMap<Lexicon, A>();
  private lexicon: Lexicon | undefined;
  protected values: A;

  protected constructor(
    private readonly make: (length: number) => A,
    private readonly unknown: number,
  ) {
    this.values = make(0);
  }

  /**
   * Token `i`'s lexeme id, its lexicon's array made current (when the tokens come from another lexicon than the
   * last); -1 for a token no lexicon numbered, whose fact is computed each time.
   */
  protected idOf(tokens: TokenTable, i: number): number {
    const id = tokens.lexeme[i]!;
    const lexicon = tokens.lexicon;
    if (id < 0 || lexicon === undefined) return -1;
    if (lexicon !== this.lexicon) {
      this.lexicon = lexicon;
      this.values = this.byLexicon.get(lexicon) ?? this.make(0);
    }
    return id;
  }

  protected grow(id: number): void {
    const values = this.make(Math.max(id + 1, this.values.length * 2, 1 << 12));
    if (this.unknown !== 0) values.fill(this.unknown);
    values.set(this.values);
    this.values = values;
    this.byLexicon.set(this.lexicon!, values);
  }

}

export class LexemeInts extends LexemeTable<Int32Array> {
  constructor(private readonly compute: (text: string, kind: string) => number) {
    super((length) => new Int32Array(length), NOT_YET);
  }

  /** The fact of token `i`. */
  of(tokens: TokenTable, i: number): number {
    const id = this.idOf(tokens, i);
    if (id < 0) return this.compute(tokens.text[i]!, tokens.kind[i]!);
    if (id < this.values.length) {
      const known = this.values[id]!;
      if (known !== NOT_YET) return known;
    }
    const value = this.compute(tokens.text[i]!, tokens.kind[i]!);
    if ((value | 0) === value && value !== NOT_YET && !Object.is(value, -0)) {
      if (id >= this.values.length) this.grow(id);
      this.values[id] = value;
    }
    return value;
  }
}

/** A yes/no fact of a word form by lexeme id (see LexemeInts): 0 not computed yet, 1 no, 2 yes. */
export class LexemeFlags extends LexemeTable<Uint8Array> {
  constructor(private readonly compute: (text: string, kind: string) => boolean) {
    super((length) => new Uint8Array(length), 0);
  }

  /** The fact of token `i`. */
  of(tokens: TokenTable, i: number): boolean {
    const id = this.idOf(tokens, i);
    if (id < 0) return this.compute(tokens.text[i]!, tokens.kind[i]!);
    if (id < this.values.length) {
      const known = this.values[id]!;
      if (known !== 0) return known === 2;
    }
    const value = this.compute(tokens.text[i]!, tokens.kind[i]!);
    if (id >= this.values.length) this.grow(id);
    this.values[id] = value ? 2 : 1;
    return value;
  }
}
