import { mkdtempSync, writeFileSync, mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverInputs } from '../../src/read/discover.js';
import { loadInputFile } from '../../src/read/load.js';
import { isoDateOf } from '../../src/read/iso-date.js';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ng-read-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('discoverInputs', () => {
  it('walks folders recursively in sorted order, listing hidden and unsupported files as skipped', async () => {
    const dir = folder({ 'b.txt': 'x', 'a/c.md': 'y', '.hidden.txt': 'z', 'data.csv': '1,2', 'a/d.jsonl': '' });
    const files = await discoverInputs([dir]);
    expect(files.map((f) => [f.relPath, f.format ?? f.problem])).toEqual([
      ['.hidden.txt', 'skipped: hidden file or folder'],
      ['a/c.md', 'markdown'],
      ['a/d.jsonl', 'jsonl'],
      ['b.txt', 'text'],
      ['data.csv', 'skipped: unsupported file type ".csv"'],
    ]);
  });

  it('reports a missing input instead of throwing', async () => {
    const [file] = await discoverInputs(['/nonexistent/newsgraph-input']);
    expect(file!.problem).toBe('cannot read input: ENOENT');
  });

  it('makes paths relative to the common ancestor of several inputs, so they never collide', async () => {
    const dir = folder({ 'a/reports/x.txt': 'a', 'b/reports/x.txt': 'b', 'c/x.txt': 'c' });
    const files = await discoverInputs([join(dir, 'a', 'reports'), join(dir, 'b', 'reports'), join(dir, 'c', 'x.txt')]);
    expect(files.map((f) => f.relPath)).toEqual(['a/reports/x.txt', 'b/reports/x.txt', 'c/x.txt']);
  });

  it('follows a link to a folder once, reading the folder under its first name, and reports a broken link', async () => {
    const dir = folder({ 'real/x.txt': 'a' });
    symlinkSync(join(dir, 'real'), join(dir, 'linked'));
    symlinkSync(join(dir, 'missing'), join(dir, 'broken.txt'));
    const files = await discoverInputs([dir]);
    expect(files.map((f) => [f.relPath, f.problem])).toEqual([
      ['broken.txt', 'cannot read input: ENOENT'],
      ['linked/x.txt', undefined],
      ['real', `skipped: the same folder as one already read (${realpathSync(join(dir, 'real'))}), through a link`],
    ]);
  });
});

describe('loadInputFile', () => {
  it('reads markdown front matter as metadata', async () => {
    const dir = folder({ 'n.md': '---\ntitle: Talks in Ankara\ndate: 2026-01-05T09:00:00Z\nurl: https://example.org/n\n---\n\nBody.' });
    const [file] = await discoverInputs([join(dir, 'n.md')]);
    const loaded = await loadInputFile(file!);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.documents[0]!.source).toMatchObject({ relPath: 'n.md', title: 'Talks in Ankara', date: '2026-01-05', url: 'https://example.org/n' });
  });

  it('reads every JSONL record as a document and reports bad lines without losing the rest', async () => {
    const dir = folder({
      'r.jsonl': [
        JSON.stringify({ id: 'a1', text: 'First.', date: '2026-02-01', title: 'One' }),
        '{not json',
        JSON.stringify({ id: 'a2' }),
        JSON.stringify({ id: 'a1', text: 'Again.' }),
        JSON.stringify({ id: 7, text: 'Numeric id.' }),
      ].join('\n'),
    });
    const [file] = await discoverInputs([dir]);
    const loaded = await loadInputFile(file!);
    if (!loaded.ok) throw new Error(loaded.reason);
    expect(loaded.documents.map((d) => [d.id, d.source.recordId, d.source.date])).toEqual([
      ['r.jsonl#a1', 'a1', '2026-02-01'],
      ['r.jsonl#7', '7', undefined],
    ]);
    expect(loaded.problems.map((p) => p.record)).toEqual(['line 2', 'line 3', 'line 4']);
    expect(loaded.problems[1]!.reason).toBe('record "a2" has no "text" string');
    expect(loaded.problems[2]!.reason).toBe('duplicate id "a1"');
  });

  it('reads a JSON array or {"documents": [...]}', async () => {
    const dir = folder({
      'a.json': JSON.stringify([{ id: 'x', text: 'X.' }]),
      'b.json': JSON.stringify({ documents: [{ id: 'y', text: 'Y.' }, { id: 'z', text: 'Z.' }] }),
    });
    const files = await discoverInputs([dir]);
    const counts = await Promise.all(files.map(async (f) => ((r) => (r.ok ? r.documents.length : -1))(await loadInputFile(f))));
    expect(counts).toEqual([1, 2]);
  });

  it('fails a JSONL file none of whose records can be read', async () => {
    const dir = folder({ 'bad.jsonl': '{oops\n{"text": "no id"}\n', 'odd.json': '{"foo": 1}' });
    const files = await discoverInputs([dir]);
    const loaded = await Promise.all(files.map((f) => loadInputFile(f)));
    expect(loaded.map((l) => l.ok)).toEqual([false, false]);
    expect(!loaded[0]!.ok && loaded[0]!.reason).toMatch(/^no record could be read \(line 1: invalid JSON: .*; line 2: missing "id" \(string or number\)\)$/);
    expect(!loaded[1]!.ok && loaded[1]!.reason).toBe('no record could be read (record 1: missing "id" (string or number))');
  });

  it('fails a binary file with its reason and sha256', async () => {
    const dir = folder({ 'scan.txt': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]) });
    const [file] = await discoverInputs([dir]);
    const loaded = await loadInputFile(file!);
    expect(loaded).toMatchObject({ ok: false, reason: 'binary file: NUL byte at offset 4', bytes: 6 });
    expect(!loaded.ok && loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('isoDateOf', () => {
  it.each([
    ['2025-09-10', '2025-09-10'],
    ['2025-09-10T23:30:00-05:00', '2025-09-10'],
    ['Wed, 10 Sep 2025 08:30:00 GMT', '2025-09-10'],
    ['Thu, 11 Sep 2025 23:30:00 -0500', '2025-09-11'],
    ['September 10, 2025', '2025-09-10'],
    ['Sept. 9 2025', '2025-09-09'],
    ['10 September 2025', '2025-09-10'],
    ['2025-02-30', undefined],
    ['Smarch 3, 2025', undefined],
    ['soon', undefined],
    [20250910, undefined],
  ])('%s → %s', (input, expected) => {
    expect(isoDateOf(input)).toBe(expected);
  });
});
