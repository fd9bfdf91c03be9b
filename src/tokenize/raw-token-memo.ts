import { fitsInt32, HASH_SEED, hashStep, PieceTable } from './piece-table.js';
import { withTableAutomata } from './automaton-tables.js';
import { withMemoizedNormals } from './normal-memo.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type winkNLP from 'wink-nlp';

type WinkFactory = typeof winkNLP;

/** wink-nlp's per-document data (`rdd`) as its document wrapper holds it: the part the memo reads and writes. */
interface DocData {
  cache: object;
  /**
   * Four numbers per token: lexeme id, preceding spaces (and a contraction's normal), lemma and POS, flags.
   * wink makes it a list; the memoized tokenizer gives it an Int32Array when that holds it (see `numbersOf`).
   */
  tokens: number[] | Int32Array;
  /** The annotations wink runs after tokenizing (wink's `currPipe`). */
  currPipe?: { negation?: boolean };
  /** Token index → the non-breaking spaces before it (wink keeps them to print the text back). */
  nonBreakingSpaces: Record<number, unknown>;
}

/** wink's four numbers per token. */
const TOKEN_SIZE = 4;

/** The wrapper wink hands its tokenizer (`DocDataWrapper(rdd)`), with the data it wraps kept under DATA. */
type WrappedDoc = Record<string | symbol, unknown> & { [DATA]?: DocData };
type Tokenize = (doc: WrappedDoc, text: string) => void;
type TokenizerFactory = (trex: { helpers: { splitter: RegExp } }, ...rest: unknown[]) => Tokenize;

const DATA = Symbol('newsgraph.winkDocData');

/**
 * Vocabulary caches whose look-ups do not change with the documents read (see fixed-vocabulary.ts). Only for
 * these is a raw token's tokenization a function of the raw token alone, so only these use the memo.
 */
const fixedCaches = new WeakSet<object>();

export function markVocabularyFixed(cache: object): void {
  fixedCaches.add(cache);
}

/**
 * Raw tokens remembered per instance before the memo starts afresh: an entry costs ~100 bytes and news keeps
 * meeting new forms (numbers, names); forgetting only costs tokenizing them again. The 294 ISW reports (5.3 MB,
 * 1.54M raw tokens) hold 29k distinct raw tokens; a run of 25 MB of ISW copies ends with 32,728 in the memo,
 * 100 MB with 41,071, both in a 4 MB pool. With 100,000 the pool doubled to 8 MB before 500 MB (heap snapshots):
 * memory that grew with the input (issue 15).
 */
const MEMO_LIMIT = 40_000;

/**
 * Wraps wink's tokenizer so that a raw token (wink splits the text at spaces and line breaks first, then cuts
 * each piece by its rules and vocabulary) is cut once and then replayed: the numbers wink pushed for it are
 * remembered by (preceding spaces, raw token) and pushed again the next time it comes.
 *
 * Why: with the vocabulary fixed, every word form outside wink's own vocabulary (names, numbers, anything
 * with glued punctuation) goes through wink's full rule cascade each time it occurs — look-ups, category
 * regexes, recursive splitting, `cache.add`. Measured on the 2 MB bench corpus: `readDoc` with the `sbd` pipe
 * 766 ms with the fixed vocabulary against 581 ms for a plain instance, and wink's tokenizing alone ~1,040 ms
 * of a plain instance's 1,630 ms (load average 8–12, so all numbers ~2.5× a quiet machine's). The memo
 * replaces that per raw token by one table look-up: `readDoc` 268 ms instead of 766 on the bench corpus (varied
 * copies of few articles, so nearly every raw token repeats); on the ISW reports, whose raw tokens repeat
 * less, segment+tokenize CPU time fell 10% on a first pass and 30% on later ones.
 *
 * Sound because the tokens wink pushes for a raw token depend only on the raw token, the spaces before it and
 * the vocabulary look-ups, which the fixed vocabulary makes independent of history; `cache.add` of a form
 * seen before returns its existing id, which is the id replayed. Raw tokens after anything but no space or
 * one ASCII space (rare) are cut by wink every time, as are those of instances whose vocabulary is not fixed.
 */
function memoizedTokenizer(original: TokenizerFactory): TokenizerFactory {
  return (trex, ...rest) => {
    const tokenize = original(trex, ...rest);
    // A model that splits otherwise than the scan below reads is tokenized by wink alone.
    if (trex.helpers.splitter.source !== SPLITTER || trex.helpers.splitter.flags !== '') return tokenize;
    // Index: spaces before the raw token (none or one ASCII space); value: the numbers wink pushed for it.
    let memo: [PieceTable, PieceTable] = [new PieceTable(), new PieceTable()];
    let size = 0;
    return (doc, text) => {
      lastNumbers = lastText = undefined;
      const data = doc[DATA];
      if (data === undefined || !fixedCaches.has(data.cache)) return tokenize(doc, text);
      if (size >= MEMO_LIMIT) [memo, size] = [[new PieceTable(), new PieceTable()], 0];
      // The numbers go into the reused list `out` and the document gets one exact-size copy at the end (the
      // list wink made for it, grown by push, left ~2.5 times its final size behind: 39 of the ~370 MB a pass
      // over the 2 MB bench corpus allocated). Pieces wink cuts itself are cut into a side document (`side`)
      // over the same vocabulary, and their numbers copied over.
      const out = scratch;
      let len = 0;
      let side: { doc: WrappedDoc; data: DocData } | undefined;
      const n = text.length;
      // The run of spaces before the next raw token: text[spaceStart, spaceEnd).
      let spaceStart = 0;
      let spaceEnd = 0;
      let p = 0;
      // The pieces of wink's splitter (see SPLITTER): runs of spaces, runs of line breaks, and the raw
      // tokens between them, found by a scan that hashes each piece as it goes (piece-table.ts).
      while (p < n) {
        const c = text.charCodeAt(p);
        let q = p + 1;
        if (isSplitSpace(c)) {
          while (q < n && isSplitSpace(text.charCodeAt(q))) q++;
          spaceStart = p;
          spaceEnd = q;
          p = q;
          continue;
        }
        let hash = hashStep(HASH_SEED, c);
        if (isLineBreak(c)) {
          // Each loop reads only below `n`: a read past the end (NaN) sent V8's optimized scan back to the interpreter.
          for (let d = 0; q < n && isLineBreak((d = text.charCodeAt(q))); q++) hash = hashStep(hash, d);
        } else {
          // Printable ASCII other than the space (most characters) is neither a split space nor a line break:
          // one range test instead of the two sets' ten.
          for (let d = 0; q < n && (((d = text.charCodeAt(q)) > 32 && d < 127) || (!isSplitSpace(d) && !isLineBreak(d))); q++) hash = hashStep(hash, d);
        }
        const spaces = spaceEnd - spaceStart;
        const table = spaces === 0 ? memo[0] : spaces === 1 && text.charCodeAt(spaceStart) === 32 ? memo[1] : undefined;
        const known = table === undefined ? -1 : table.find(text, p, q, hash);
        if (known >= 0) {
          const pool = table!.pool;
          for (let k = known, end = known + pool[known - 1]!; k < end; k++) out[len++] = pool[k]!;
        } else {
          side ??= sideDocument(data);
          const sideTokens = side.data.tokens;
          const before = sideTokens.length;
          const piece = text.slice(p, q);
          // wink's own tokenizer on the raw token with the spaces before it: the same state its loop would have.
          tokenize(side.doc, spaces === 0 ? piece : text.slice(spaceStart, spaceEnd) + piece);
          // Non-breaking spaces are kept by token index: move them to the document's own indices.
          const shift = len / TOKEN_SIZE - before / TOKEN_SIZE;
          for (let t = before / TOKEN_SIZE; t < sideTokens.length / TOKEN_SIZE; t++) {
            const nbsp = side.data.nonBreakingSpaces[t];
            if (nbsp !== undefined) data.nonBreakingSpaces[t + shift] = nbsp;
          }
          for (let k = before; k < sideTokens.length; k++) out[len++] = sideTokens[k]!;
          if (table !== undefined && fitsInt32(sideTokens, before, sideTokens.length)) {
            table.add(text, p, q, hash, sideTokens, before, sideTokens.length);
            size++;
          }
        }
        spaceStart = spaceEnd = 0;
        p = q;
      }
      // wink reads the document's numbers from `data.tokens` from here on; the list its wrapper was made with stays empty.
      data.tokens = numbersOf(out, len, data.currPipe?.negation !== true);
      lastNumbers = data.tokens;
      lastText = text;
      if (out.length > KEEP_NUMBERS) out.length = 0;
    };
  };
}

/**
 * The document's copy of the first `len` numbers of `out`: an Int32Array when they are all 32-bit integers
 * and `int32` (no annotation will write a number an Int32Array cannot hold: wink's negation flag is 2^31,
 * its POS and lemma bits fit), else a list as wink makes it.
 *
 * Why: the copy lives while the tokenize stage reads the document (wink's sentence boundaries, the lexeme ids),
 * and as a list it was 28 MB of each warm pass's ~520 MB over the 294 ISW reports that every young-generation
 * collection during that time copied: the collections' promoted bytes fell from 89 to 60 MB a pass with it
 * off the JS heap (`--trace-gc-nvp`, docs/speed-history.md, `speed16`). wink reads the numbers by index only.
 */
function numbersOf(out: readonly number[], len: number, int32: boolean): number[] | Int32Array {
  if (!int32) return out.slice(0, len);
  const numbers = new Int32Array(len);
  for (let k = 0; k < len; k++) {
    const v = out[k]!;
    if ((v | 0) !== v) return out.slice(0, len);
    numbers[k] = v;
  }
  return numbers;
}

/** The numbers of the document the memoized tokenizer cut last, and its text; undefined when wink cut it alone. */
let lastNumbers: ArrayLike<number> | undefined;
let lastText: string | undefined;

/**
 * The four numbers per token of `text`, which `readDoc` just read, when the memoized tokenizer cut it (else
 * undefined), and forgotten: the tokenize stage reads the lexeme ids (every fourth number, what wink's
 * `its.uniqueId` reads) from them, where `tokens().out(its.uniqueId)` built a list by a call and a push per
 * token. The text is compared so that numbers left by another read are never taken for this one's.
 */
export function takeTokenNumbers(text: string): ArrayLike<number> | undefined {
  const numbers = lastText === text ? lastNumbers : undefined;
  lastNumbers = lastText = undefined;
  return numbers;
}

/** The reused list of numbers (see the memoized tokenizer). */
const scratch: number[] = [];
/** A reused list longer than this (~8 MB) is let go after its document: news articles are far shorter. */
const KEEP_NUMBERS = 1_000_000;

/** wink's document wrapper factory, kept by `exposingData` when the memoized copy of wink loads. */
let wrapDocData: ((data: DocData) => WrappedDoc) | undefined;

/** A wrapper over an empty document sharing `data`'s vocabulary: wink cuts unknown raw tokens into it. */
function sideDocument(data: DocData): { doc: WrappedDoc; data: DocData } {
  const sideData: DocData = { cache: data.cache, tokens: [], nonBreakingSpaces: Object.create(null) as Record<number, unknown> };
  return { doc: wrapDocData!(sideData), data: sideData };
}

/**
 * wink's splitter (its English model's `helpers.splitter`) cuts the text at runs of these spaces
 * (`[ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+`) and at runs of line breaks and tabs (`[\n\r\t]+`);
 * a run of spaces sets the next piece's preceding spaces, a run of line breaks is a piece of its own.
 * The model's regex is checked against this one when the tokenizer is made.
 */
const SPLITTER = '([ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]+|[\\n\\r\\t]+)';

function isSplitSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 9;
}

/** Keeps the wrapped document data where the tokenizer can reach it. */
function exposingData(original: (data: DocData) => WrappedDoc): (data: DocData) => WrappedDoc {
  wrapDocData = original;
  return (data) => {
    const wrapped = original(data);
    wrapped[DATA] = data;
    return wrapped;
  };
}

/**
 * A private copy of wink-nlp's main module built with the memoizing tokenizer: its own module instance, so
 * that other users of wink-nlp in the process (the benchmark's reference runs, any library caller) get wink
 * as published. The two inner modules are swapped in the module cache only while the copy loads.
 */
export function loadMemoizedWink(): WinkFactory {
  const require = createRequire(import.meta.url);
  const main = require.resolve('wink-nlp');
  const dir = dirname(main);
  const swapped: Record<string, unknown> = {
    [join(dir, 'tokenizer.js')]: memoizedTokenizer(require(join(dir, 'tokenizer.js')) as TokenizerFactory),
    [join(dir, 'dd-wrapper.js')]: exposingData(require(join(dir, 'dd-wrapper.js')) as (data: DocData) => WrappedDoc),
    [join(dir, 'automaton.js')]: withTableAutomata(require(join(dir, 'automaton.js')) as Parameters<typeof withTableAutomata>[0]),
    [join(dir, 'tokens-mappers.js')]: withMemoizedNormals(require(join(dir, 'tokens-mappers.js')) as Parameters<typeof withMemoizedNormals>[0]),
  };
  // wink's example compiler requires the automaton and the mappers too: loaded afresh for the copy, so that the
  // module cache keeps the published ones for other callers.
  const fresh = [main, join(dir, 'examples-compiler.js')];
  const saved = new Map([...fresh, ...Object.keys(swapped)].map((path) => [path, require.cache[path]]));
  try {
    for (const path of fresh) delete require.cache[path];
    for (const [path, exports] of Object.entries(swapped)) require.cache[path] = { id: path, filename: path, loaded: true, exports } as NodeJS.Module;
    return require(main) as WinkFactory;
  } finally {
    for (const [path, module] of saved) {
      if (module === undefined) delete require.cache[path];
      else require.cache[path] = module;
    }
  }
}
