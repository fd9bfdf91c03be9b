import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/model/package-root.js';

// The benchmark is a script over compiled code (worker threads and a child process need JavaScript):
// `npm test` compiles first; compile here only when run on its own in a fresh checkout.
const root = packageRoot();
const runJs = join(root, 'dist', 'bench', 'run.js');

beforeAll(() => {
  if (!existsSync(runJs)) {
    try {
      execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'ignore' });
    } catch {
      // tsc exits non-zero on type errors but still emits; the existence check below is what matters.
    }
  }
});

describe('npm run bench -- --smoke', () => {
  it('runs every measurement on a small corpus and writes a result of the documented shape', async () => {
    expect(existsSync(runJs)).toBe(true);
    const out = mkdtempSync(join(tmpdir(), 'ng-bench-'));
    // Not execFileSync: blocking the test worker for minutes on a busy machine made vitest's own RPC time out.
    const { stdout: printed } = await promisify(execFile)(process.execPath, [runJs, '--smoke', '--out', out], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const result = JSON.parse(readFileSync(join(out, 'bench-smoke.json'), 'utf8'));
    expect(result.mode).toBe('smoke');
    expect(result.corpus.bytes).toBeGreaterThanOrEqual(50_000);
    expect(result.corpus.tokens).toBeGreaterThan(5_000);
    expect(result.throughput.map((r: { name: string }) => r.name)).toEqual([
      'wink-nlp readDoc, default pipe',
      'wink-nlp readDoc, sbd+pos',
      'compromise people/places/organizations',
      'newsgraph pipeline, in process (1 thread)',
      'newsgraph pipeline, one document at a time',
      'newsgraph segment+tokenize stages only',
      'newsgraph extract(), concurrency 1',
      'newsgraph extract(), concurrency 2 (worker threads)',
      '`newsgraph extract <folder>` end to end, concurrency 1',
      '`newsgraph extract <folder>` end to end, concurrency 2',
    ]);
    for (const row of result.throughput) {
      expect(row.result.tokensPerSecond).toBeGreaterThan(0);
      expect(row.result.documents).toBeGreaterThan(0);
      expect(typeof row.vsWinkDefault).toBe('number');
    }
    expect(result.throughput[0].vsWinkDefault).toBe(1);
    expect(Object.keys(result.stageMs)).toContain('tokenize');
    expect(result.memory).toHaveLength(2);
    expect(result.memory[1].corpusMB).toBeGreaterThan(result.memory[0].corpusMB);
    expect(result.memory[0].peakRssMB).toBeGreaterThan(0);
    expect(result.gazetteer.map((g: { name: string }) => g.name)).toEqual(['full built-in index', '1,000-entry index']);
    expect(typeof result.target.met).toBe('boolean');
    // The whole command next to wink readDoc over the same files, in the same run.
    expect(result.endToEnd.winkSeconds[0]).toBeGreaterThan(0);
    expect(result.endToEnd.vsWink['1']).toBeGreaterThan(0);
    expect(result.endToEnd.vsWink['2']).toBeGreaterThan(0);
    expect(result.endToEnd.speedup2).toBeGreaterThan(0);
    expect(printed).toContain('÷ wink');
  }, 300_000); // several processes each load the pipeline; slow on a busy machine, and speed is not what is tested
});
