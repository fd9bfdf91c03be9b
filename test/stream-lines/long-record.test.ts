import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractStdin, newsgraph } from '../helpers/cli.js';
import { OUTPUTS, testRecords } from '../helpers/records.js';

/** A window small enough that the long record below is processed in parts (run/windows.ts). */
const WINDOW = { NEWSGRAPH_WINDOW_CHARS: '1500' };

/** A long record of our own: paragraphs that each name their people and places in full. */
function longRecord(paragraphs: number): string {
  const people = ['Anna Berg', 'Tomas Kell', 'Irina Volk', 'Marek Dunn'];
  const places = ['Kharkiv', 'Odesa', 'Warsaw', 'Riga', 'Vienna'];
  const text = Array.from(
    { length: paragraphs },
    (_, k) => `On May ${(k % 27) + 1}, 2026, Foreign Minister ${people[k % 4]} met with ${people[(k + 1) % 4]} in ${places[k % 5]}. The 47th Mechanized Brigade operates near ${places[(k + 2) % 5]}.`,
  ).join('\n\n');
  return JSON.stringify({ id: 'long-1', title: 'A long report', text });
}

let work: string;
const PROCESSES_TIMEOUT_MS = 180_000;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ng-long-lines-'));
  const records = testRecords(6);
  writeFileSync(join(work, 'wire.jsonl'), `${[...records.slice(0, 3), longRecord(30), ...records.slice(3)].join('\n')}\n`);
  expect((await newsgraph(['extract', join(work, 'wire.jsonl'), '--out', join(work, 'plain'), '--quiet'], WINDOW)).code).toBe(0);
}, PROCESSES_TIMEOUT_MS);

describe('extract --stdin --ndjson with a record longer than the window', () => {
  it('writes it as one line per part, and merges into the outputs of extract (which windows it the same way)', async () => {
    const lines = join(work, 'wire.ndjson');
    expect((await extractStdin(join(work, 'wire.jsonl'), lines, ['--name', 'wire.jsonl'], WINDOW)).code).toBe(0);
    const records = readFileSync(lines, 'utf8').trimEnd().split('\n').slice(1, -1).map((l) => JSON.parse(l) as { record: { part?: [number, number] } });
    const parts = records.filter((r) => r.record.part).map((r) => r.record.part!);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts).toEqual(parts.map((_, i) => [i, parts.length]));
    expect(records).toHaveLength(6 + parts.length);
    const merged = await newsgraph(['merge', '--shards', lines, '--out', join(work, 'merged'), '--quiet']);
    expect(merged.code).toBe(0);
    for (const f of OUTPUTS) expect(readFileSync(join(work, 'merged', f)).equals(readFileSync(join(work, 'plain', f))), f).toBe(true);
  }, PROCESSES_TIMEOUT_MS);

  it('leaves out a document whose parts stop short (a cut stream), and merges the rest', async () => {
    const lines = readFileSync(join(work, 'wire.ndjson'), 'utf8').trimEnd().split('\n');
    const lastPart = lines.findLastIndex((l) => l.includes('"part":['));
    writeFileSync(join(work, 'cut.ndjson'), `${lines.filter((_, i) => i !== lastPart).join('\n')}\n`);
    const merged = await newsgraph(['merge', '--shards', join(work, 'cut.ndjson'), '--out', join(work, 'cut'), '--quiet']);
    expect(merged.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(work, 'cut', 'manifest.json'), 'utf8')) as { summary: { documents: number } };
    expect(manifest.summary.documents).toBe(6);
    expect(readFileSync(join(work, 'cut', 'triples.tsv'), 'utf8')).not.toContain('long-1');
    expect(readFileSync(join(work, 'plain', 'triples.tsv'), 'utf8')).toContain('long-1');
  }, PROCESSES_TIMEOUT_MS);
});
