import { readFileSync } from 'node:fs';
import type { GoldDocument } from './gold.js';
import { parseConll } from './read-conll.js';
import { parseJsonl } from './read-jsonl.js';

export type GoldFormat = 'jsonl' | 'conll';

export const goldFormats: readonly GoldFormat[] = ['jsonl', 'conll'];

/** `.jsonl`/`.json` files are JSONL records; anything else (`.conll`, `.txt`, `.iob`, no extension) CoNLL columns. */
export const formatOf = (file: string): GoldFormat => (/\.jsonl?$/i.test(file) ? 'jsonl' : 'conll');

export function readGold(file: string, format: GoldFormat = formatOf(file)): GoldDocument[] {
  const content = readFileSync(file, 'utf8');
  return format === 'jsonl' ? parseJsonl(content, file) : parseConll(content, file);
}
