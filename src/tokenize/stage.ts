import type { Doc, Paragraph, Sentence } from '../model/document.js';
import { SentenceRecord } from '../model/records.js';
import { TokenTable } from '../model/token-table.js';
import type { StageFactory } from '../stage/stage.js';
import { addMessage } from '../model/document.js';
import { checkOptionKeys, optionBoolean } from '../stage/options.js';
import { learnLexemes, lexiconOf, winkInstance } from './wink.js';
import { takeTokenNumbers } from './raw-token-memo.js';
import type { Lexicon } from '../model/lexicon.js';

/**
 * Tokenizes the document body with wink-nlp and cuts it into sentences (wink's sentence boundary
 * detection), keeping character offsets into the document text.
 *
 * The body — first paragraph to last — is read in one `readDoc` call: wink's cost per call is high
 * enough that one call per paragraph took a third more time. Between paragraphs there is only white
 * space (blocks are trimmed runs of lines), so every token lies inside one paragraph; a sentence that
 * wink runs across a paragraph boundary (a headline has no full stop) is cut there.
 *
 * Offsets are rebuilt by walking the text: white space is skipped, and a token whose text is not found
 * where expected is located by search, so offsets stay exact even if the tokenizer ever normalizes a
 * character. Line-break tokens (`tabCRLF`) are white space and are dropped.
 */
export const tokenizeStage: StageFactory = (options) => {
  checkOptionKeys(options, 'tokenize', ['pos']);
  const withPos = optionBoolean(options, 'pos', 'tokenize', false);
  // Made now, with the pipeline; a document may get a fresh one (winkInstance).
  winkInstance(withPos);
  return {
    name: 'tokenize',
    run(doc: Doc) {
      const nlp = winkInstance(withPos);
      const its = nlp.its;
      const paragraphs = doc.paragraphs;
      doc.sentences = [];
      if (paragraphs.length === 0) {
        doc.tokens = new TokenTable(0, withPos);
        return;
      }
      const from = paragraphs[0]!.start;
      const text = doc.text.slice(from, paragraphs[paragraphs.length - 1]!.end);
      const wdoc = nlp.readDoc(text);
      const numbers = takeTokenNumbers(text);
      const ids: ArrayLike<number> = numbers ? lexemeIds(numbers) : (wdoc.tokens().out(its.uniqueId) as number[]);
      const lexicon = lexiconOf(nlp);
      const tags = withPos ? (wdoc.tokens().out(its.pos) as string[]) : undefined;
      const { tokens, indexOf } = placeTokens(doc, from, text, lexicon, ids, tags, () => learnLexemes(lexicon, wdoc, ids, its));
      // Sentence spans straight from wink's table (`out(its.span)` on the collection), no item per sentence.
      const winkSpans = wdoc.sentences().out(its.span) as unknown as Array<[number, number]>;
      const spans: Array<[number, number]> = winkSpans.map(([first, last]) => [indexOf[first]!, last + 1 < ids.length ? indexOf[last + 1]! : tokens.length]);
      doc.tokens = tokens;
      doc.sentences = sentencesWithinParagraphs(tokens, paragraphs, spans);
    },
  };
};

/**
 * Gives each wink token its offsets. Returns the tokens kept and, for each wink token index, the index
 * of the first kept token at or after it (so wink's sentence spans map onto kept tokens).
 */
/**
 * `learn` teaches the lexicon every form of the document it lacks (learnLexemes); it is called at the first
 * token whose form the lexicon lacks, before any is learnt, so it learns what a call before placing would have,
 * in the same order. Most documents hold no new form, and they no longer pay a pass of look-ups for finding
 * that out (one read of the lexicon per token instead of two; measured: see the commit). A token's form, type and
 * characters are read from the lexicon's arrays by its own id (LexemeForms), not from its Lexeme object and string:
 * `placeTokens` 3.2% → 1.9% of a warm pipeline's CPU profile over the 294 ISW reports; with the token numbers in an
 * Int32Array (raw-token-memo.ts) the tokenize stage 0.83× of c48bd7d's (14 rounds side by side; docs/speed-history.md,
 * `speed16`).
 */
function placeTokens(doc: Doc, from: number, text: string, lexicon: Lexicon, ids: ArrayLike<number>, tags: string[] | undefined, learn: () => void): { tokens: TokenTable; indexOf: Int32Array } {
  const tokens = new TokenTable(ids.length, tags !== undefined, lexicon);
  // Every slot is written below: a view of a reused array, not a new one (see `reusable`).
  const indexOf = reusable(1, ids.length);
  // Without POS tags the table is filled in one go (TokenTable.fill): offsets straight into its columns,
  // texts and kinds into the reused lists below.
  const direct = tags === undefined;
  let n = 0;
  let cursor = 0;
  const forms = lexicon.forms;
  for (let i = 0; i < ids.length; i++) {
    indexOf[i] = n;
    // The token carries the lexicon's own id of its form (Lexeme.id), not wink's (see Lexicon.learn).
    let id = forms.idOfWink(ids[i]!);
    if (id < 0) {
      learn();
      id = forms.idOfWink(ids[i]!);
    }
    const kind = forms.kind[id]!;
    if (kind === 'tabCRLF') continue;
    const length = forms.length[id]!;
    const before = cursor;
    while (cursor < text.length && isSpace(text.charCodeAt(cursor))) cursor++;
    if (!formAt(text, cursor, forms.chars, forms.charsAt[id]!, length)) {
      const found = text.indexOf(forms.text[id]!, before);
      if (found === -1) {
        addMessage(doc, 'warning', 'tokenize', `token "${forms.text[id]!}" not found in the text; skipped`, { start: from + before, end: from + before });
        cursor = before;
        continue;
      }
      cursor = found;
    }
    const start = from + cursor;
    if (direct) {
      tokens.start[n] = start;
      tokens.end[n] = start + length;
      tokens.lexeme[n] = id;
      // Written by index: the lists stay packed, and grow only past the longest document seen.
      texts[n] = forms.text[id]!;
      kinds[n] = kind;
    } else tokens.push(start, start + length, forms.text[id]!, kind, tags[i], id);
    n++;
    cursor += length;
  }
  if (direct) {
    tokens.fill(n, texts, kinds);
    // A very long document's lists are let go rather than kept for the rest of the run.
    if (texts.length > KEEP_TOKENS) texts.length = kinds.length = 0;
  }
  return { tokens, indexOf };
}

/** The token texts and kinds of the document being placed, reused from document to document (see TokenTable.fill). */
const texts: string[] = [];
const kinds: string[] = [];
/** Reused lists longer than this (~1.6 MB each) are dropped after their document: news articles are far shorter. */
const KEEP_TOKENS = 200_000;

/** wink's lexeme ids, the first of its four numbers per token (what `its.uniqueId` reads). */
function lexemeIds(numbers: ArrayLike<number>): Int32Array {
  const ids = reusable(0, numbers.length >> 2);
  for (let i = 0; i < ids.length; i++) ids[i] = numbers[i << 2]!;
  return ids;
}

/**
 * Two arrays reused from document to document, for the lexeme ids and the token index map that live only
 * while `run` places one document's tokens (the token table copies what it keeps): a new typed array is an
 * allocation outside the JS heap, two per document. Returns the first `length` slots of array `which`,
 * with whatever the last document left in them.
 */
const scratchArrays = [new Int32Array(4096), new Int32Array(4096)];

function reusable(which: 0 | 1, length: number): Int32Array {
  let array = scratchArrays[which]!;
  if (length > array.length) scratchArrays[which] = array = new Int32Array(Math.max(length, array.length * 2));
  return array.subarray(0, length);
}

/** Whether the form `chars[from, from + length)` occurs in `text` at `at` (see LexemeForms). */
function formAt(text: string, at: number, chars: Uint16Array, from: number, length: number): boolean {
  if (at + length > text.length) return false;
  for (let k = 0; k < length; k++) if (text.charCodeAt(at + k) !== chars[from + k]) return false;
  return true;
}

/** White space as wink-nlp separates tokens by it: ASCII spaces and line breaks, NBSP, Unicode spaces. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Sentences from wink's token spans, cut at paragraph boundaries, footnote markers moved back. */
function sentencesWithinParagraphs(tokens: TokenTable, paragraphs: Paragraph[], spans: Array<[number, number]>): Sentence[] {
  const sentences: Sentence[] = [];
  let p = 0;
  for (const [tokenStart, tokenEnd] of spans) {
    let start = tokenStart;
    while (start < tokenEnd) {
      while (tokens.start[start]! >= paragraphs[p]!.end) p++;
      const paragraphEnd = paragraphs[p]!.end;
      let end = start + 1;
      while (end < tokenEnd && tokens.start[end]! < paragraphEnd) end++;
      sentences.push(new SentenceRecord(tokens.start[start]!, tokens.end[end - 1]!, p, start, end));
      start = end;
    }
  }
  moveLeadingFootnotes(tokens, sentences);
  return sentences;
}

/**
 * Footnote markers after a full stop ("… the town.[2] Russian forces …") belong to the sentence they close;
 * wink starts the next sentence with them. Move them back so evidence sentences read cleanly.
 */
function moveLeadingFootnotes(tokens: TokenTable, sentences: Sentence[]): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const prev = sentences[i - 1]!;
    if (prev.paragraph !== s.paragraph) continue;
    let t = s.tokenStart;
    while (t + 2 < s.tokenEnd && tokens.text[t] === '[' && /^\d+$/.test(tokens.text[t + 1]!) && tokens.text[t + 2] === ']') t += 3;
    if (t === s.tokenStart) continue;
    prev.tokenEnd = t;
    prev.end = tokens.end[t - 1]!;
    if (t >= s.tokenEnd) {
      sentences.splice(i--, 1); // the sentence was nothing but footnote markers
      continue;
    }
    s.tokenStart = t;
    s.start = tokens.start[t]!;
  }
}
