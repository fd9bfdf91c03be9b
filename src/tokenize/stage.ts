import type { Doc, Sentence, Token } from '../model/document.js';
import type { StageFactory } from '../pipeline/stage.js';
import { addMessage } from '../model/document.js';
import { checkOptionKeys, optionBoolean } from '../pipeline/config.js';
import { winkInstance } from './wink.js';
import type { ItemSentence } from 'wink-nlp';

/**
 * Tokenizes each paragraph with wink-nlp and cuts it into sentences (wink's sentence boundary detection),
 * keeping character offsets into the document text.
 *
 * wink-nlp is lossless — every token carries the white space before it — so offsets are rebuilt by
 * walking the paragraph text; a token whose text is not found where expected is located by search, so
 * offsets stay exact even if the tokenizer ever normalizes a character.
 */
export const tokenizeStage: StageFactory = (options) => {
  checkOptionKeys(options, 'tokenize', ['pos']);
  const withPos = optionBoolean(options, 'pos', 'tokenize', false);
  const nlp = winkInstance(withPos);
  const its = nlp.its;
  return {
    name: 'tokenize',
    run(doc: Doc) {
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      doc.paragraphs.forEach((paragraph, p) => {
        const text = doc.text.slice(paragraph.start, paragraph.end);
        const wdoc = nlp.readDoc(text);
        const values = wdoc.tokens().out(its.value) as string[];
        const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
        const kinds = wdoc.tokens().out(its.type) as string[];
        const tags = withPos ? (wdoc.tokens().out(its.pos) as string[]) : undefined;
        // wink token index → index in doc.tokens (line breaks are dropped, an unplaceable token too).
        const firstSentence = sentences.length;
        const indexOf: number[] = new Array<number>(values.length);
        let cursor = 0;
        for (let i = 0; i < values.length; i++) {
          const value = values[i]!;
          indexOf[i] = tokens.length;
          cursor += spaces[i]!.length;
          if (kinds[i] === 'tabCRLF') {
            cursor += value.length;
            continue;
          }
          if (text.startsWith(value, cursor) === false) {
            const found = text.indexOf(value, cursor);
            if (found === -1) {
              addMessage(doc, 'warning', 'tokenize', `token "${value}" not found in the text; skipped`, { start: paragraph.start + cursor, end: paragraph.start + cursor });
              continue;
            }
            cursor = found;
          }
          const token: Token = { start: paragraph.start + cursor, end: paragraph.start + cursor + value.length, text: value, kind: kinds[i]! };
          if (tags) token.pos = tags[i]!;
          tokens.push(token);
          cursor += value.length;
        }
        // Sentence spans come from wink as token index ranges over this paragraph.
        wdoc.sentences().each((s: ItemSentence) => {
          const [first, last] = s.out(its.span) as unknown as [number, number];
          const tokenStart = indexOf[first]!;
          const tokenEnd = last + 1 < values.length ? indexOf[last + 1]! : tokens.length;
          if (tokenEnd <= tokenStart) return;
          sentences.push({ start: tokens[tokenStart]!.start, end: tokens[tokenEnd - 1]!.end, paragraph: p, tokenStart, tokenEnd });
        });
        moveLeadingFootnotes(tokens, sentences, firstSentence);
      });
      doc.tokens = tokens;
      doc.sentences = sentences;
    },
  };
};

/**
 * Footnote markers after a full stop ("… the town.[2] Russian forces …") belong to the sentence they close;
 * wink starts the next sentence with them. Move them back so evidence sentences read cleanly.
 */
function moveLeadingFootnotes(tokens: Token[], sentences: Sentence[], from: number): void {
  for (let i = from + 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const prev = sentences[i - 1]!;
    let t = s.tokenStart;
    while (t + 2 < s.tokenEnd && tokens[t]!.text === '[' && /^\d+$/.test(tokens[t + 1]!.text) && tokens[t + 2]!.text === ']') t += 3;
    if (t === s.tokenStart) continue;
    prev.tokenEnd = t;
    prev.end = tokens[t - 1]!.end;
    if (t >= s.tokenEnd) {
      sentences.splice(i--, 1); // the sentence was nothing but footnote markers
      continue;
    }
    s.tokenStart = t;
    s.start = tokens[t]!.start;
  }
}
