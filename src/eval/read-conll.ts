import { basename } from 'node:path';
import type { GoldDocument } from './gold.js';
import { decodeTags } from './iob.js';
import { GoldFormatError } from './read-jsonl.js';

interface Sentence {
  tokens: string[];
  tags: string[];
}

const isDocStart = (firstColumn: string): boolean => firstColumn === '-DOCSTART-';

/** Splits the file into documents of sentences: blank lines end sentences, `-DOCSTART-` lines documents. */
function readBlocks(content: string, file: string): { docs: Sentence[][]; hasDocStart: boolean } {
  const docs: Sentence[][] = [[]];
  let sentence: Sentence = { tokens: [], tags: [] };
  let hasDocStart = false;
  const endSentence = (): void => {
    if (sentence.tokens.length > 0) docs[docs.length - 1]!.push(sentence);
    sentence = { tokens: [], tags: [] };
  };
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const cols = lines[i]!.trim().split(/\s+/);
    if (cols[0] === '') {
      endSentence();
      continue;
    }
    if (isDocStart(cols[0]!)) {
      endSentence();
      hasDocStart = true;
      if (docs[docs.length - 1]!.length > 0) docs.push([]);
      continue;
    }
    if (cols.length < 2) throw new GoldFormatError(`${file}:${i + 1}`, 'a token line needs at least a token and a tag column');
    sentence.tokens.push(cols[0]!);
    sentence.tags.push(cols[cols.length - 1]!);
  }
  endSentence();
  return { docs: docs.filter((d) => d.length > 0), hasDocStart };
}

/** Rebuilds a document's text (tokens joined by spaces, sentences by newlines) and its spans. */
function toGoldDocument(sentences: Sentence[], id: string): GoldDocument {
  const doc: GoldDocument = { id, text: '', mentions: [], relations: [] };
  const parts: string[] = [];
  let offset = 0;
  for (const s of sentences) {
    const starts: number[] = [];
    for (const token of s.tokens) {
      starts.push(offset);
      offset += token.length + 1;
    }
    for (const span of decodeTags(s.tags)) {
      const start = starts[span.start]!;
      const end = starts[span.end - 1]! + s.tokens[span.end - 1]!.length;
      doc.mentions.push({ start, end, label: span.label, text: s.tokens.slice(span.start, span.end).join(' ') });
    }
    parts.push(s.tokens.join(' '));
  }
  doc.text = parts.join('\n');
  return doc;
}

/**
 * CoNLL column files (CoNLL-2003 and alike): one token per line with its tag in the last column. With
 * `-DOCSTART-` lines, each marked document is one gold document; without them, each sentence is one.
 */
export function parseConll(content: string, file: string): GoldDocument[] {
  const { docs, hasDocStart } = readBlocks(content, file);
  const name = basename(file);
  const groups = hasDocStart ? docs : docs.flat().map((s) => [s]);
  return groups.map((sentences, i) => toGoldDocument(sentences, `${name}#${i + 1}`));
}
