import type { Token } from './document.js';
import type { Lexicon } from './lexicon.js';

/**
 * The document's tokens as parallel columns rather than one object per token.
 *
 * Why: a batch of documents keeps ~350k tokens per 2 MB alive from the tokenize stage to the last rule
 * stage, so V8 pretenures objects made at a token-creating site; allocating those objects in the old
 * generation was the largest single cost of the tokenize stage (about a fifth of it), and every
 * collection still had to visit them. Columns are a handful of allocations per document. Stages read the
 * columns by index (`tokens.start[i]`, `tokens.text[i]`); `at(i)` builds a `Token` object for callers that
 * want one (tests, occasional look-ups).
 */
export class TokenTable {
  /** Number of tokens. */
  length = 0;
  /** Offsets into `Doc.text`, code units, end exclusive. */
  start: Int32Array;
  end: Int32Array;
  text: string[] = [];
  /** wink-nlp token type: word, number, punctuation, … */
  kind: string[] = [];
  /** Universal POS tags from wink-nlp, when the tokenizer ran with POS. */
  readonly pos: string[] | undefined;
  /** Each token's id in `lexicon`, or -1 (tokens made without one): memos of per-word facts index by it. */
  lexeme: Int32Array;

  /**
   * `capacity`: the tokens expected (the tokenizer knows it, so its offset columns are allocated once).
   * `lexicon`: the id space of `lexeme`, when the tokens come from a tokenizer that has one.
   */
  constructor(
    capacity: number,
    withPos = false,
    readonly lexicon?: Lexicon,
  ) {
    // The three columns share one buffer: one allocation outside the JS heap per document, not three.
    const buffer = new ArrayBuffer(capacity * 12);
    this.start = new Int32Array(buffer, 0, capacity);
    this.end = new Int32Array(buffer, capacity * 4, capacity);
    this.lexeme = new Int32Array(buffer, capacity * 8, capacity);
    this.pos = withPos ? [] : undefined;
  }

  push(start: number, end: number, text: string, kind: string, pos?: string, lexeme = -1): void {
    const i = this.length++;
    if (i === this.start.length) this.grow();
    this.start[i] = start;
    this.end[i] = end;
    this.lexeme[i] = lexeme;
    this.text.push(text);
    this.kind.push(kind);
    if (this.pos) this.pos.push(pos ?? '');
  }

  /**
   * Makes the table `length` tokens long, whose offsets and lexemes the caller wrote into the offset columns
   * (allocated for at least that many), with the first `length` entries of `text` and `kind` as its text and
   * kind columns (copied, exact size). A table of no POS tags only.
   *
   * Why: pushing a document's tokens one by one grew the two lists by doubling, and the lists left behind
   * were ~20 MB of the ~400 MB a pass over the 2 MB bench corpus allocates; the tokenizer fills reused
   * lists instead and the table keeps one copy of each.
   */
  fill(length: number, text: readonly string[], kind: readonly string[]): void {
    if (this.pos || length > this.start.length) throw new RangeError(`fill: ${length} tokens do not fit a table of ${this.start.length}${this.pos ? ' with POS tags' : ''}`);
    this.length = length;
    this.text = text.slice(0, length);
    this.kind = kind.slice(0, length);
  }

  private grow(): void {
    const capacity = Math.max(16, this.start.length * 2);
    const start = new Int32Array(capacity);
    const end = new Int32Array(capacity);
    const lexeme = new Int32Array(capacity);
    start.set(this.start);
    end.set(this.end);
    lexeme.set(this.lexeme);
    this.start = start;
    this.end = end;
    this.lexeme = lexeme;
  }

  /** Token `i` as an object (allocates; the columns are the fast path). */
  at(i: number): Token {
    if (i < 0 || i >= this.length) throw new RangeError(`token index ${i} outside 0…${this.length - 1}`);
    const token: Token = { start: this.start[i]!, end: this.end[i]!, text: this.text[i]!, kind: this.kind[i]! };
    if (this.pos) token.pos = this.pos[i]!;
    return token;
  }

  /** All tokens as objects, in order. */
  toArray(): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i));
    return out;
  }
}
