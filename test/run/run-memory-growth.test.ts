import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPipelineConfig } from '../../src/pipeline/pipeline.js';
import { extractRun } from '../../src/run/extract-run.js';
import { progress } from '../../src/run/progress.js';

setFlagsFromString('--expose-gc');
// V8 throws away the bytecode of functions not run for a few collections and compiles it again when they run:
// how much of it is in the heap at a measurement depended on which collections came before, and moved the
// heap after a full collection by up to ~1 MB between runs (−120 to +355 bytes a document over 2,100 documents
// in a fresh process; +389 to +449 with flushing off, 2026-12-07). Off, the bytecode stays.
setFlagsFromString('--no-flush-bytecode');
const gc = runInNewContext('gc') as () => void;

// Sentences written for this test. Every document holds all of them, in its own order (the k-th
// permutation), so documents differ (each has its own IRI and statements) but add no new words, names or
// entities: what grows with the number of documents is only what the run keeps per document.
const SENTENCES = [
  'Colonel Ivan Petrov met General Anna Kovacs in Kharkiv on Monday.',
  'Minister Laura Stein visited Warsaw.',
  'The 12th Motor Rifle Brigade advanced near Lyman.',
  'President Marta Lind spoke with Prime Minister Omar Haddad.',
  'Commander Pavel Orlov is a member of the Southern Group of Forces.',
  'Talks between Turkey and Ukraine resumed in Istanbul.',
  'The governor of Belgorod Oblast reported drone strikes.',
  'Engineers repaired rail lines near Zaporizhzhia.',
];

/** The k-th permutation of the sentences (factorial number system): distinct for k < 8!. */
function documentText(k: number): string {
  const left = [...SENTENCES];
  const out: string[] = [];
  for (let n = left.length; n > 0; n--) {
    out.push(left.splice(k % n, 1)[0]!);
    k = Math.floor(k / n);
  }
  return `${out.join(' ')}\n`;
}

const root = mkdtempSync(join(tmpdir(), 'newsgraph-flat-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Bytes in use in V8's heap spaces that hold data (compiled code, which grows as the run warms up, left out). */
function dataHeap(): number {
  return getHeapSpaceStatistics()
    .filter((s) => !s.space_name.startsWith('code'))
    .reduce((n, s) => n + s.space_used_size, 0);
}

/** Heap in use (bytes, after a full collection) when the merge writes manifest.json, for a run of `n` documents (one file each). */
let runs = 0;
async function heapAtManifest(n: number): Promise<number> {
  const run = ++runs;
  const input = join(root, `in-${run}`);
  mkdirSync(input);
  for (let k = 0; k < n; k++) writeFileSync(join(input, `doc-${String(k).padStart(5, '0')}.txt`), documentText(k));
  let heap = NaN;
  const quiet = progress('quiet');
  const probe = {
    ...quiet,
    phase(name: string) {
      if (name !== 'manifest.json') return;
      gc();
      gc();
      heap = dataHeap();
    },
  };
  const { summary } = await extractRun([input], join(root, `out-${run}`), { pipeline: loadPipelineConfig(), concurrency: 1, mentions: 'linked', progress: probe });
  expect(summary.documents).toBe(n);
  expect(summary.statements).toBeGreaterThan(n);
  return heap;
}

describe('memory of a run', () => {
  it('does not grow with the number of documents beyond a few hundred bytes each (records, file reports, the merge)', async () => {
    // One run first so that the pipeline's run-wide memos (words, names) are full before the two measured.
    await heapAtManifest(100);
    // Each size is run twice and the smaller heap kept: what a run leaves that is not per document (a run's
    // residue of compiled code's data, up to ~0.6 MB after a run of 1,200 documents) only adds, so the minimum
    // drops it. This file runs in a process of its own (its name puts it in vitest's `growth` project): under
    // --no-isolate the suite's other files moved the heap too (854 bytes a document were once measured with 900
    // documents apart in a full run).
    const small = Math.min(await heapAtManifest(300), await heapAtManifest(300));
    const large = Math.min(await heapAtManifest(2400), await heapAtManifest(2400));
    const perDocument = (large - small) / 2100;
    // Measured: −17, 154, 156, 165 bytes a document (four runs, 2026-12-07; before the two changes above −120 to
    // +355 alone and 27–264 beside other files). Before the record table (fc9a4c6), holding each record's header,
    // its file's report and the merge's objects per document: 1,584 bytes a document here (these documents'
    // headers are small), ~3 kB with 5 kB news documents.
    expect(perDocument, `${Math.round(perDocument)} bytes a document`).toBeLessThan(800);
  }, 180_000);
});
