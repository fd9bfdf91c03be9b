import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileReportSpool } from '../../src/sinks/file-report-spool.js';
import { manifestHead, timingsMs, writeManifest, type ManifestFacts } from '../../src/sinks/manifest.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pipeline = { name: 'default', stages: [{ stage: 'segment', options: { headlines: true } }, { stage: 'tokenize' }] } as unknown as ManifestFacts['pipeline'];
const summary = { files: 3, ok: 1, failed: 1, skipped: 1, failedRecords: 1, documents: 2, entities: 4, statements: 5, mentions: 6, dates: 7 };

/** manifest.json as it was made before it was streamed: one JSON.stringify of the whole object. */
function wholeText(facts: ManifestFacts): string {
  const manifest = { ...manifestHead(facts), files: [...facts.files], messages: [...facts.messages], timingsMs: timingsMs(facts.timings) };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

describe('manifest.json written entry by entry', () => {
  const files = [
    { relPath: 'a/b.md', status: 'ok', documents: 2, counts: { sentences: 3, mentions: 1, dates: 0, relations: 0, entities: 1 }, sha256: 'ab', bytes: 12 },
    { relPath: 'c "quoted"\u2028.jsonl', status: 'failed', documents: 0, counts: { sentences: 0, mentions: 0, dates: 0, relations: 0, entities: 0 }, problems: [{ record: 'r1', reason: 'no text\nhere' }], reason: 'no document' },
    { relPath: '.hidden', status: 'skipped', documents: 0, counts: { sentences: 0, mentions: 0, dates: 0, relations: 0, entities: 0 }, reason: 'skipped: hidden', problems: [] },
  ];
  const messages = [
    { document: 'a/b.md', level: 'warning', stage: 'tokenize', text: 'token "é😀" not found', span: { start: 3, end: 3 } },
    { document: 'a/b.md#2', level: 'info', stage: 'segment', text: 'plain' },
  ];

  it('is the text of JSON.stringify(manifest, null, 2), with and without files and messages', async () => {
    for (const [f, m] of [
      [files, messages],
      [[], []],
      [files, []],
    ] as const) {
      const facts: ManifestFacts = { pipeline, summary, outputs: { jsonld: 'graph.jsonld' }, notes: ['one note'], files: f, messages: m, timings: { segment: 12.4, total: 99.6 } };
      const path = join(dir, 'manifest.json');
      await writeManifest(path, facts);
      expect(readFileSync(path, 'utf8')).toBe(wholeText(facts));
    }
  });

  it('gives the same entries from the file-report spool, in file order whatever the order they came in, and tallies their statuses', async () => {
    const spool = new FileReportSpool(join(dir, 'reports.jsonl'));
    for (const i of [2, 0, 1]) spool.put(i, files[i]!);
    expect(spool.tally).toEqual({ files: 3, ok: 1, failed: 1, skipped: 1, failedRecords: 1 });
    const facts: ManifestFacts = { pipeline, summary, outputs: {}, notes: [], files: spool.entries(), messages, timings: {} };
    const path = join(dir, 'spooled.json');
    await writeManifest(path, facts);
    expect(readFileSync(path, 'utf8')).toBe(wholeText({ ...facts, files }));
    spool.dispose();
  });
});
