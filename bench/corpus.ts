import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vary } from './vary.js';

export interface BenchDocument {
  id: string;
  text: string;
}

export function loadFixtures(dir: string): BenchDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Copies of the fixture articles, each varied, in round-robin order, until the corpus holds at least
 * `targetBytes` of UTF-8 text. The first round is the fixtures themselves. A generator, so that the
 * memory measurement does not hold the corpus it measures.
 */
export function* corpusDocuments(fixtures: readonly BenchDocument[], targetBytes: number): Generator<BenchDocument> {
  let bytes = 0;
  for (let k = 0; bytes < targetBytes; k++) {
    for (const f of fixtures) {
      const text = vary(f.text, k);
      yield { id: `${f.id}-${k}`, text };
      bytes += Buffer.byteLength(text);
      if (bytes >= targetBytes) return;
    }
  }
}

export const corpusBytes = (docs: readonly BenchDocument[]): number => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
