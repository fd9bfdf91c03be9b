import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsgraph, newsgraphKilledAt } from '../helpers/cli.js';

const OUTPUTS = ['graph.jsonld', 'graph.nq', 'triples.tsv', 'report.html'];
const PEOPLE = ['Anna Berg', 'Tomas Kell', 'Irina Volk', 'Marek Dunn', 'Lena Hart', 'Pavel Stone'];
const PLACES = ['Kharkiv', 'Odesa', 'Warsaw', 'Ankara', 'Vienna', 'Riga'];

/** Sixty short reports of our own, each a little different, in three folders and a JSONL file. */
function writeCorpus(dir: string, count: number): void {
  const records: string[] = [];
  for (let i = 0; i < count; i++) {
    const who = PEOPLE[i % PEOPLE.length]!;
    const other = PEOPLE[(i + 1) % PEOPLE.length]!;
    const where = PLACES[i % PLACES.length]!;
    const text =
      `Report ${i}, March ${(i % 27) + 1}, 2026\n\nForeign Minister ${who} visited ${where} on March ${(i % 27) + 1}, 2026, and met with ${other}. ` +
      `The 47th Mechanized Brigade operates near ${PLACES[(i + 2) % PLACES.length]}, officials said on Monday.\n`;
    if (i % 5 === 4) records.push(JSON.stringify({ id: `r${i}`, text, date: '2026-03-20' }));
    else {
      const folder = join(dir, `part-${i % 3}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `report-${String(i).padStart(3, '0')}.txt`), text);
    }
  }
  writeFileSync(join(dir, 'wire.jsonl'), `${records.join('\n')}\n`);
}

const read = (dir: string): Record<string, Buffer> => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(dir, f))]));
const manifestOf = (dir: string): { complete: boolean; summary: { documents: number } } => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

let work: string;
let corpus: string;
let reference: Record<string, Buffer>;
/** Sixty short reports and one long one, which a small window (NEWSGRAPH_WINDOW_CHARS) makes a document in parts. */
const DOCS = 61;

/** A long report of our own, in paragraphs that name their people and places. */
function writeLongReport(dir: string): void {
  const paragraphs = Array.from(
    { length: 24 },
    (_, k) => `On April ${k + 1}, 2026, Foreign Minister ${PEOPLE[k % PEOPLE.length]} met with ${PEOPLE[(k + 2) % PEOPLE.length]} in ${PLACES[k % PLACES.length]}. The 47th Mechanized Brigade operates near ${PLACES[(k + 3) % PLACES.length]}.`,
  );
  mkdirSync(join(dir, 'long'), { recursive: true });
  writeFileSync(join(dir, 'long', 'long-report.txt'), `${paragraphs.join('\n\n')}\n`);
}

beforeAll(async () => {
  process.env.NEWSGRAPH_WINDOW_CHARS = '1000';
  work = mkdtempSync(join(tmpdir(), 'ng-resume-'));
  corpus = join(work, 'corpus');
  writeCorpus(corpus, DOCS - 1);
  writeLongReport(corpus);
  const run = await newsgraph(['extract', corpus, '--out', join(work, 'reference'), '--quiet']);
  expect(run.code).toBe(0);
  reference = read(join(work, 'reference'));
}, 120_000);
afterAll(() => {
  delete process.env.NEWSGRAPH_WINDOW_CHARS;
});

describe('an interrupted extract', () => {
  it('killed (SIGKILL) while processing, in the merge and while publishing, ends byte-identical after --resume, re-processing only documents without a shard', async () => {
    const out = join(work, 'killed');
    const first = await newsgraphKilledAt(['extract', corpus, '--out', out, '--concurrency', '2'], 'documents:20', 'SIGKILL');
    expect(first.signal).toBe('SIGKILL');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    expect(readdirSync(join(out, '.newsgraph', 'shards')).some((f) => f.endsWith('.shard'))).toBe(true);

    // Without --resume the folder is refused.
    const refused = await newsgraph(['extract', corpus, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not empty: use --resume .* or --force/);

    const inMerge = await newsgraphKilledAt(['extract', corpus, '--out', out, '--resume', '--keep-shards'], 'merge:graph.nq', 'SIGKILL');
    const reusedThen = Number(new RegExp(`merge: graph\\.nq \\(\\d+/\\d+ files, ${DOCS} documents, (\\d+) from shards`).exec(inMerge.stderr)?.[1]);
    expect(reusedThen).toBeGreaterThanOrEqual(20);
    expect(reusedThen).toBeLessThan(DOCS);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);

    const inPublish = await newsgraphKilledAt(['extract', corpus, '--out', out, '--resume', '--keep-shards'], 'publish', 'SIGKILL');
    expect(inPublish.signal).toBe('SIGKILL');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false); // half the files moved: the folder does not look complete

    const resumed = await newsgraph(['extract', corpus, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toContain(`; ${DOCS} documents reused from shards`);
    expect(read(out)).toEqual(reference);
    expect(manifestOf(out)).toMatchObject({ complete: true, summary: { documents: DOCS } });
    expect(existsSync(join(out, '.newsgraph'))).toBe(false);
  }, 300_000); // five runs of the CLI, each loading the pipeline: slow on a busy machine, and speed is not what is tested

  it('killed between the parts of a long document, ends byte-identical after --resume: the document is processed again whole', async () => {
    const out = join(work, 'between-parts');
    const killed = await newsgraphKilledAt(['extract', corpus, '--out', out], 'parts:2', 'SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    // Its parts so far are in a temporary file, never a shard: the document is not done.
    expect(readdirSync(join(out, '.newsgraph', 'shards')).some((f) => f.endsWith('.tmp'))).toBe(true);
    const resumed = await newsgraph(['extract', corpus, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(read(out)).toEqual(reference);
    expect(manifestOf(out)).toMatchObject({ complete: true, summary: { documents: DOCS } });
  }, 300_000);

  it('processes again, on --resume, the documents of shards a power cut left empty or cut short (shards are not fsynced)', async () => {
    const out = join(work, 'power-cut');
    expect((await newsgraph(['extract', corpus, '--out', out, '--quiet', '--keep-shards'])).code).toBe(0);
    const shards = readdirSync(join(out, '.newsgraph', 'shards')).filter((f) => f.endsWith('.shard')).sort();
    expect(shards.length).toBeGreaterThan(2);
    const cut = join(out, '.newsgraph', 'shards', shards[0]!);
    truncateSync(cut, Math.floor(statSync(cut).size / 2));
    truncateSync(join(out, '.newsgraph', 'shards', shards[1]!), 0);
    const resumed = await newsgraph(['extract', corpus, '--out', out, '--resume']);
    expect(resumed.code).toBe(0);
    const reused = Number(/; (\d+) documents reused from shards/.exec(resumed.stdout)?.[1]);
    expect(reused).toBeGreaterThan(0);
    expect(reused).toBeLessThan(DOCS);
    expect(read(out)).toEqual(reference);
    expect(manifestOf(out)).toMatchObject({ complete: true, summary: { documents: DOCS } });
  }, 120_000);

  it('interrupted (SIGINT) in the merge leaves the previous complete outputs, or none', async () => {
    const fresh = join(work, 'fresh');
    const first = await newsgraphKilledAt(['extract', corpus, '--out', fresh], 'merge:graph.nq', 'SIGINT');
    expect(first.code).toBe(130);
    expect(first.stderr).toContain('interrupted');
    expect(readdirSync(fresh).filter((f) => !f.startsWith('.'))).toEqual([]);

    const previous = join(work, 'previous');
    const other = join(work, 'other');
    writeCorpus(other, 7);
    expect((await newsgraph(['extract', other, '--out', previous, '--quiet'])).code).toBe(0);
    const before = { ...read(previous), 'manifest.json': readFileSync(join(previous, 'manifest.json')) };
    for (const point of ['merge:graph.jsonld', 'merge:manifest.json']) {
      const run = await newsgraphKilledAt(['extract', corpus, '--out', previous, '--force'], point, 'SIGINT');
      expect(run.code).toBe(130);
      expect({ ...read(previous), 'manifest.json': readFileSync(join(previous, 'manifest.json')) }).toEqual(before);
    }
  }, 300_000);
});
