import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractStdin, newsgraph } from '../helpers/cli.js';
import { OUTPUTS, testRecords } from '../helpers/records.js';

const manifestWithoutTimings = (dir: string): unknown => {
  const { timingsMs: _t, ...rest } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  return rest;
};

let work: string;
let records: string[];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ng-lines-'));
  records = testRecords(40);
  // A bad line and a record without text: the stream reports them as extract does, and goes on.
  const lines = [...records.slice(0, 20), 'not json at all', JSON.stringify({ id: 'no-text' }), ...records.slice(20)];
  writeFileSync(join(work, 'wire.jsonl'), `${lines.join('\n')}\n`);
  const plain = await newsgraph(['extract', join(work, 'wire.jsonl'), '--out', join(work, 'plain'), '--quiet']);
  // The two bad records count as failed inputs: exit 1, outputs written.
  expect(plain.code).toBe(1);
});

/** Several CLI processes a test: a generous bound for a loaded shared machine, not a speed check. */
const PROCESSES_TIMEOUT_MS = 180_000;

describe('extract --stdin --ndjson, then merge --shards', () => {
  it('writes one line per document between a start and an end line, and merges into the same outputs as extract', async () => {
    const lines = join(work, 'all.ndjson');
    const run = await extractStdin(join(work, 'wire.jsonl'), lines, ['--name', 'wire.jsonl']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('wire.jsonl line 21: invalid JSON');
    const out = readFileSync(lines, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(40 + 2);
    expect(out[0]).toMatchObject({ format: 'newsgraph-shard-lines' });
    expect(out.slice(1, -1).every((l) => typeof l.record === 'object' && typeof l.sections === 'object')).toBe(true);
    expect(out.at(-1)).toMatchObject({ input: { relPath: 'wire.jsonl', status: 'ok' } });

    const merged = await newsgraph(['merge', '--shards', lines, '--out', join(work, 'merged'), '--quiet']);
    expect(merged.code).toBe(0);
    for (const f of OUTPUTS) expect(readFileSync(join(work, 'merged', f)).equals(readFileSync(join(work, 'plain', f))), f).toBe(true);
    expect(manifestWithoutTimings(join(work, 'merged'))).toEqual(manifestWithoutTimings(join(work, 'plain')));
  }, PROCESSES_TIMEOUT_MS);

  it('merges the parts of a split input (one process per part, as Spark partitions) into the same graph', async () => {
    const parts = [records.slice(0, 13), records.slice(13)].map((part, i) => {
      writeFileSync(join(work, `part-${i}.jsonl`), `${part.join('\n')}\n`);
      return join(work, `part-${i}.jsonl`);
    });
    const outs = parts.map((_, i) => join(work, `part-${i}.ndjson`));
    // Named as the whole file: the parts hold its 40 good records (its two bad lines make no document).
    for (const [i, part] of parts.entries()) expect((await extractStdin(part, outs[i]!, ['--name', 'wire.jsonl'])).code).toBe(0);
    // In reverse order: the merge orders documents itself.
    expect((await newsgraph(['merge', '--shards', outs[1]!, outs[0]!, '--out', join(work, 'joined'), '--quiet'])).code).toBe(0);
    for (const f of OUTPUTS) expect(readFileSync(join(work, 'joined', f)).equals(readFileSync(join(work, 'plain', f))), f).toBe(true);
    const manifest = JSON.parse(readFileSync(join(work, 'joined', 'manifest.json'), 'utf8'));
    expect(manifest.files).toEqual([expect.objectContaining({ relPath: 'wire.jsonl', status: 'ok', documents: 40 })]);
  }, PROCESSES_TIMEOUT_MS);

  it('refuses lines of two pipeline versions, and a line that is not a shard line, with the reason', async () => {
    const other = join(work, 'other.ndjson');
    writeFileSync(join(work, 'two.jsonl'), `${records.slice(0, 2).join('\n')}\n`);
    expect((await extractStdin(join(work, 'two.jsonl'), other, ['--reference-date', '2026-01-01'])).code).toBe(0);
    const mixed = await newsgraph(['merge', '--shards', join(work, 'part-0.ndjson'), other, '--out', join(work, 'mixed')]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/made with another pipeline version .* merge each run on its own/);
    writeFileSync(join(work, 'junk.ndjson'), '{"hello": 1}\n');
    const refused = await newsgraph(['merge', '--shards', join(work, 'junk.ndjson'), '--out', join(work, 'junk')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('junk.ndjson line 1: not a line of `newsgraph extract --ndjson`');
  }, PROCESSES_TIMEOUT_MS);
});

