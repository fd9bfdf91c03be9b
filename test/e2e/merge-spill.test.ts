import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsgraph, newsgraphKilledAt } from '../helpers/cli.js';

const OUTPUTS = ['graph.jsonld', 'graph.nq', 'triples.tsv', 'report.html'];
const PEOPLE = ['Vesna Orlova', 'Teodor Malk', 'Ilse Varga', 'Rumen Koss', 'Dara Lenz'];
const PLACES = ['Ostrova', 'Belka', 'Dubno', 'Zarechye', 'Kolvin'];

/** Reports of our own (made-up people, places and units), one of them also read from a second file, and a long one. */
function writeCorpus(dir: string): void {
  for (let i = 0; i < 24; i++) {
    const [who, other, where] = [PEOPLE[i % 5]!, PEOPLE[(i + 2) % 5]!, PLACES[i % 5]!];
    const text =
      `Report ${i}, May ${(i % 27) + 1}, 2026\n\nForeign Minister ${who} visited ${where} on May ${(i % 27) + 1}, 2026, and met with ${other}. ` +
      `Freedonian forces attacked ${PLACES[(i + 1) % 5]} and captured ${PLACES[(i + 3) % 5]}. The 915th Freedonian Rifle Regiment operates near ${where}.\n`;
    const folder = join(dir, `part-${i % 2}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `report-${String(i).padStart(2, '0')}.txt`), text);
    if (i === 5) writeFileSync(join(dir, 'copy-of-report-05.txt'), text);
  }
  const paragraphs = Array.from({ length: 12 }, (_, k) => `On June ${k + 1}, 2026, Freedonian forces attacked ${PLACES[k % 5]}. Defense Minister ${PEOPLE[k % 5]} met with ${PEOPLE[(k + 1) % 5]} in ${PLACES[(k + 2) % 5]}.`);
  writeFileSync(join(dir, 'long-report.txt'), `${paragraphs.join('\n\n')}\n`);
}

const read = (dir: string): Record<string, Buffer> => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, f))]));
const summaryOf = (dir: string): unknown => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).summary;
/** A small window makes the long report a document in parts (shard/format.ts). */
const WINDOW = { NEWSGRAPH_WINDOW_CHARS: '600' };
/** Two statements and two edges per sorted run: the merge spills nearly everything to files. */
const SPILL = { ...WINDOW, NEWSGRAPH_MERGE_RUN_RECORDS: '2' };

let work: string;
let corpus: string;
let reference: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ng-spill-e2e-'));
  corpus = join(work, 'in');
  writeCorpus(corpus);
  reference = join(work, 'reference');
  const run = await newsgraph(['extract', corpus, '--out', reference, '--quiet'], WINDOW);
  expect(run.code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Issue 15: the merge's statement index and edge table go to sorted runs on disk instead of growing in memory.
describe('a merge that spills its statement index and edge table to files', () => {
  it('has statements and edges enough to spill many runs', () => {
    const summary = summaryOf(reference) as { statements: number; documents: number };
    expect(summary.statements).toBeGreaterThan(20);
    expect(readFileSync(join(reference, 'graph.jsonld'), 'utf8')).toContain('"ng:attacked"');
  });

  // Each run loads the pipeline (~1 s and more on a loaded machine): a variant per test, with room for two runs.
  it.each([[[]], [['--concurrency', '2']], [['--mentions', 'linked']]])('writes the same bytes as a merge that keeps them in memory (%j)', async (args: string[]) => {
    const out = join(work, `spilled-${args.join('')}`);
    const run = await newsgraph(['extract', corpus, '--out', out, '--quiet', ...args], SPILL);
    expect(run.code).toBe(0);
    let kept = reference;
    if (args[0] === '--mentions') {
      kept = join(work, 'kept-linked');
      expect((await newsgraph(['extract', corpus, '--out', kept, '--quiet', ...args], WINDOW)).code).toBe(0);
    }
    expect(read(out)).toEqual(read(kept));
    expect(summaryOf(out)).toEqual(summaryOf(kept));
    // Nothing of the spill is left behind.
    expect(existsSync(join(out, '.newsgraph'))).toBe(false);
  }, 120_000);

  it('killed in the middle of its merge, with runs on disk, resumes to the same outputs', async () => {
    const out = join(work, 'killed');
    const killed = await newsgraphKilledAt(['extract', corpus, '--out', out, '--quiet'], 'merge:graph.nq', 'SIGKILL', SPILL);
    expect(killed.signal).toBe('SIGKILL');
    const spill = join(out, '.newsgraph', 'staging', 'merge-spill');
    const files = readdirSync(spill);
    expect(files.filter((f) => f.startsWith('statements-by-iri-')).length).toBeGreaterThan(5);
    expect(files).toContain('edges.bin');
    expect(files).toContain('statement-lengths.bin');
    const resumed = await newsgraph(['extract', corpus, '--out', out, '--quiet', '--resume'], SPILL);
    expect(resumed.code).toBe(0);
    expect(read(out)).toEqual(read(reference));
  }, 120_000);
});
