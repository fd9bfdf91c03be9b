import { readFileSync } from 'node:fs';
import type { GoldDocument } from './gold.js';
import { parseConll } from './read-conll.js';
import { parseJsonl } from './read-jsonl.js';
import { isStandoffFile, parseStandoff } from './read-standoff.js';

export type GoldFormat = 'jsonl' | 'conll' | 'standoff';

export const goldFormats: readonly GoldFormat[] = ['jsonl', 'conll', 'standoff'];

/**
 * `*.standoff.jsonl` files are stand-off records over a texts folder; other `.jsonl`/`.json` files JSONL
 * records with their text; anything else (`.conll`, `.txt`, `.iob`, no extension) CoNLL columns.
 */
export const formatOf = (file: string): GoldFormat => (isStandoffFile(file) ? 'standoff' : /\.jsonl?$/i.test(file) ? 'jsonl' : 'conll');

/** `textsDir`: where stand-off records' files are (default: `defaultTextsDir`, or `defaultTrainDir` for `lines` records). */
export function readGold(file: string, format: GoldFormat = formatOf(file), textsDir?: string): GoldDocument[] {
  const content = readFileSync(file, 'utf8');
  if (format === 'standoff') return parseStandoff(content, file, textsDir);
  return format === 'jsonl' ? parseJsonl(content, file) : parseConll(content, file);
}
