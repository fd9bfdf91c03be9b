import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPipeline } from '../../src/pipeline/pipeline.js';
import { newsgraph } from '../helpers/cli.js';

const ARTICLE = 'Defense Minister Olena Marchuk visited Odesa on Tuesday.\n';
const folder = (files: Record<string, string> = {}): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-edge-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
};
type Manifest = { summary: { failed: number; failedRecords: number }; files: Array<{ relPath: string; status: string; reason?: string; problems?: unknown[] }> };
const manifestOf = (out: string): Manifest => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;

// Issue #14: the edge cases a new user hit, one test each.
describe('extract on unusual input', () => {
  it('counts unreadable JSONL records as failed: summary, manifest, exit 1 (item 5)', async () => {
    const input = folder({
      'wire.jsonl': [
        JSON.stringify({ id: 'a', text: ARTICLE }),
        JSON.stringify({ id: 'b' }),
        JSON.stringify({ id: 'c', text: 42 }),
        '{"id": "d", "text": "cut off',
      ].join('\n'),
    });
    const out = join(input, 'out');
    const { code, stdout } = await newsgraph(['extract', join(input, 'wire.jsonl'), '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toContain('3 records failed');
    expect(manifestOf(out).summary.failedRecords).toBe(3);
    // Item 12: the summary's time is the whole command's, writing the outputs included (the manifest's total
    // covers the pipeline and the merge; the merge's writing alone is its `write`).
    const seconds = Number(/in ([\d.]+) s\n/.exec(stdout)?.[1]);
    const timings = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { timingsMs: { total: number; write: number } }).timingsMs;
    expect(timings.write).toBeGreaterThan(0);
    expect(seconds * 1000).toBeGreaterThanOrEqual(timings.total - 50);
  });

  it('reads each real folder once and reports a link loop (item 6)', async () => {
    const input = folder({ 'sub/a.txt': ARTICLE });
    symlinkSync('..', join(input, 'sub', 'loop'));
    const out = mkdtempSync(join(tmpdir(), 'ng-out-'));
    const { code } = await newsgraph(['extract', input, '--out', out, '--quiet']);
    expect(code).toBe(0);
    const files = manifestOf(out).files;
    expect(files.filter((f) => f.status === 'ok').map((f) => f.relPath)).toEqual(['sub/a.txt']);
    expect(files.find((f) => f.relPath === 'sub/loop')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('already read') });
  });

  it('never opens a FIFO inside an input folder (item 7)', async () => {
    const input = folder({ 'a.txt': ARTICLE });
    execFileSync('mkfifo', [join(input, 'pipe.txt')]);
    const out = mkdtempSync(join(tmpdir(), 'ng-out-'));
    const { code } = await newsgraph(['extract', input, '--out', out, '--quiet']);
    expect(code).toBe(0);
    expect(manifestOf(out).files.find((f) => f.relPath === 'pipe.txt')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('not a regular file') });
  });

  it('does not read its own output folder inside the input folder on the next run (item 8)', async () => {
    const input = folder({ 'a.txt': ARTICLE });
    const out = join(input, 'out');
    expect((await newsgraph(['extract', input, '--out', out, '--quiet'])).code).toBe(0);
    const second = await newsgraph(['extract', input, '--out', out, '--quiet', '--force']);
    expect(second.code).toBe(0);
    const files = manifestOf(out).files;
    expect(files.filter((f) => f.status === 'ok').map((f) => f.relPath)).toEqual(['a.txt']);
    expect(files.find((f) => f.relPath === 'out')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('newsgraph output folder') });
  });

  it('checks --out before any work, with a sentence (item 9)', async () => {
    const input = folder({ 'a.txt': ARTICLE });
    const file = join(input, 'taken');
    writeFileSync(file, 'x');
    const asFile = await newsgraph(['extract', input, '--out', file]);
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toContain('is a file, not a folder');
    if (process.getuid?.() !== 0) {
      const locked = join(input, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      const denied = await newsgraph(['extract', input, '--out', join(locked, 'out')]);
      expect(denied.code).toBe(2);
      expect(denied.stderr).toContain('permission denied');
    }
  });

  it('caps --concurrency at the machine\'s cores and says so (item 10)', async () => {
    const input = folder({ 'a.txt': ARTICLE });
    const { code, stderr } = await newsgraph(['extract', input, '--out', join(input, 'out'), '--concurrency', String(availableParallelism() + 62), '--quiet']);
    expect(code).toBe(0);
    expect(stderr).toContain(`warning: --concurrency ${availableParallelism() + 62} is more than the ${availableParallelism()} cores`);
  });

  it('treats a missing input as a usage error (exit 2) and an empty folder as nothing read (item 12)', async () => {
    const missing = await newsgraph(['extract', '/nonexistent/reports', '--out', mkdtempSync(join(tmpdir(), 'ng-out-'))]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('input not found: /nonexistent/reports');
    const empty = folder();
    const none = await newsgraph(['extract', empty, '--out', join(empty, 'out')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('warning: nothing to read');
  });

  it('records hidden files and node_modules as skipped in the manifest (item 12)', async () => {
    const input = folder({ 'a.txt': ARTICLE, '.notes.txt': ARTICLE, 'node_modules/x.txt': ARTICLE });
    const out = mkdtempSync(join(tmpdir(), 'ng-out-'));
    expect((await newsgraph(['extract', input, '--out', out, '--quiet'])).code).toBe(0);
    const files = manifestOf(out).files;
    expect(files.find((f) => f.relPath === '.notes.txt')?.status).toBe('skipped');
    expect(files.find((f) => f.relPath === 'node_modules')?.status).toBe('skipped');
  });

  it('refuses a document whose text is not a string with a sentence (item 12)', async () => {
    const pipeline = await loadPipeline();
    expect(() => pipeline.process({ text: 42 } as never)).toThrow("a document's text must be a string, got number");
  });
});
