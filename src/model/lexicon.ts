import type { TokenTable } from './token-table.js';

/** wink-eng-lite-web-model's own vocabulary has ids up to ~87,000; new forms get ids after them. */
const INITIAL_SLOTS = 1 << 17;

/**
 * Values by lexeme id: a typed array maps each id to its value's place in a packed array. Ids are sparse
 * (the model's own words are numbered up to ~87,000, a batch meets a few thousand of them), and a zeroed
 * typed array costs next to nothing to make, where an array of 131,072 `undefined`s took ~5 ms each.
 */
export class IdSlots<T> {
  /** id → 1 + index into `values`; 0 for an id without a value. */
  private slotOf = new Int32Array(INITIAL_SLOTS);
  private readonly values: T[] = [];

  /** Number of ids with a value. */
  get size(): number {
    return this.values.length;
  }

  get(id: number): T | undefined {
    const slot = id < this.slotOf.length ? this.slotOf[id]! : 0;
    return slot === 0 ? undefined : this.values[slot - 1];
  }

  set(id: number, value: T): void {
    if (id >= this.slotOf.length) {
      const grown = new Int32Array(Math.max(id + 1, this.slotOf.length * 2));
      grown.set(this.slotOf);
      this.slotOf = grown;
    }
    const slot = this.slotOf[id]!;
    if (slot !== 0) this.values[slot - 1] = value;
    else this.slotOf[id] = this.values.push(value);
  }
}

/** What the tokenizer says about one word form. */
export interface Lexeme {
  text: string;
  /** wink-nlp token type: word, number, punctuation, … */
  kind: string;
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
export class Lexicon extends IdSlots<Lexeme> {}

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

  /** Pipelines with different tokenizer instances may alternate: each lexicon keeps its own slots. */
  private use(lexicon: Lexicon): void {
    let slots = this.byLexicon.get(lexicon);
    if (!slots) this.byLexicon.set(lexicon, (slots = new IdSlots<T>()));
    this.lexicon = lexicon;
    this.slots = slots;
  }
}
