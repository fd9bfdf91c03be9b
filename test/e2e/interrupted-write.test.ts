import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDocuments, loadFixtures } from '../../bench/corpus.js';
import { packageRoot } from '../../src/model/package-root.js';
import { newsgraph } from '../helpers/cli.js';

const FINAL = ['graph.jsonld', 'graph.nq', 'triples.tsv', 'report.html', 'manifest.json'];
let work: string;

/** A folder of varied copies of the bench's original articles, file names starting with `prefix`. */
function corpus(prefix: string, bytes: number, skip: number): string {
  const dir = join(work, prefix);
  mkdirSync(dir);
  let n = 0;
  for (const d of corpusDocuments(loadFixtures(join(packageRoot(), 'bench', 'fixtures')), bytes + skip * 2500)) {
    if (n++ >= skip) writeFileSync(join(dir, `${prefix}-${d.id}.txt`), d.text);
  }
  return dir;
}

const snapshot = (dir: string): Map<string, string> =>
  new Map(FINAL.filter((f) => existsSync(join(dir, f))).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

/**
 * Runs `extract` on `input` into `out` and sends `signal` as soon as the run starts writing its outputs
 * (a temporary file appears, or a final file changes); resolves when the process has ended.
 */
function interruptWhileWriting(input: string, out: string, signal: NodeJS.Signals): Promise<void> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'newsgraph.js'), 'extract', input, '--out', out, '--quiet', '--force'], { stdio: 'ignore' });
  const ended = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const timer = setInterval(() => {
    const names = existsSync(out) ? readdirSync(out) : [];
    const writing = names.some((n) => !FINAL.includes(n) || statSync(join(out, n)).mtimeMs >= started);
    if (writing) {
      clearInterval(timer);
      child.kill(signal);
    }
  }, 5);
  return ended.finally(() => clearInterval(timer));
}

/** Which run each final file comes from: 'old', 'new', or 'other' (half-written or foreign). */
function origins(out: string, old: Map<string, string>, fresh: Map<string, string>): Map<string, string> {
  const result = new Map<string, string>();
  for (const [name, text] of snapshot(out)) {
    if (name === 'manifest.json') {
      // The manifest holds timings: it is recognized by the input files it lists.
      const inputs = JSON.stringify((JSON.parse(text) as { files: unknown }).files);
      const of = (m: Map<string, string>) => m.has(name) && JSON.stringify((JSON.parse(m.get(name)!) as { files: unknown }).files) === inputs;
      result.set(name, of(old) ? 'old' : of(fresh) ? 'new' : 'other');
    } else result.set(name, text === old.get(name) ? 'old' : text === fresh.get(name) ? 'new' : 'other');
  }
  return result;
}

function expectConsistent(out: string, old: Map<string, string>, fresh: Map<string, string>): void {
  const found = origins(out, old, fresh);
  const kinds = new Set(found.values());
  expect([...found].filter(([, k]) => k === 'other')).toEqual([]);
  expect(kinds.size).toBeLessThanOrEqual(1);
  if (found.has('manifest.json')) expect([...found.keys()].sort()).toEqual([...FINAL].sort());
}

// Issue #14, item 3: Ctrl-C or a kill while the outputs are written left a new graph.jsonld beside the old
// manifest, report and TSV, or a cut graph file under its final name.
describe('a run interrupted while writing', () => {
  let oldInput: string;
  let newInput: string;
  let old: Map<string, string>;
  let fresh: Map<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'ng-interrupt-'));
    oldInput = corpus('old', 20_000, 0);
    newInput = corpus('new', 80_000, 8);
    expect((await newsgraph(['extract', oldInput, '--out', join(work, 'out'), '--quiet'])).code).toBe(0);
    old = snapshot(join(work, 'out'));
    expect((await newsgraph(['extract', newInput, '--out', join(work, 'reference'), '--quiet'])).code).toBe(0);
    fresh = snapshot(join(work, 'reference'));
  }, 240_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('leaves the old outputs or the new ones, never a mix and never a half-written file', async () => {
    const out = join(work, 'out');
    await interruptWhileWriting(newInput, out, 'SIGKILL');
    expectConsistent(out, old, fresh);
    await interruptWhileWriting(newInput, out, 'SIGINT');
    expectConsistent(out, old, fresh);
    // The next complete run replaces the set and clears what the killed runs left behind.
    expect((await newsgraph(['extract', newInput, '--out', out, '--quiet', '--force'])).code).toBe(0);
    expect([...origins(out, old, fresh).values()]).toEqual(FINAL.map(() => 'new'));
    expect(readdirSync(out).sort()).toEqual([...FINAL].sort());
  }, 240_000);

  it('into a new folder, leaves no complete-looking output', async () => {
    const out = join(work, 'fresh-out');
    await interruptWhileWriting(newInput, out, 'SIGKILL');
    expectConsistent(out, new Map(), fresh);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  }, 240_000);
});
