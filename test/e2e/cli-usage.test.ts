import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/model/package-root.js';
import { newsgraph } from '../helpers/cli.js';

describe('newsgraph usage', () => {
  it('explains the commands', async () => {
    const { code, stdout } = await newsgraph(['--help']);
    expect(code).toBe(0);
    for (const command of ['extract', 'evaluate', 'query', 'review-stats']) expect(stdout).toContain(command);
  });

  it('explains extract and its options', async () => {
    const { code, stdout } = await newsgraph(['extract', '--help']);
    expect(code).toBe(0);
    for (const option of ['--out', '--pipeline', '--reference-date', '--concurrency', '--quiet']) expect(stdout).toContain(option);
    expect(stdout).toContain('recorded as failed in manifest.json');
    // Issue #14: the accepted extensions and what is skipped, as README says.
    expect(stdout).toContain('.txt/.text/.md/.markdown files');
    expect(stdout).toContain('.jsonl/.ndjson/.json files');
    expect(stdout).toMatch(/hidden files and folders,\s+node_modules/);
  });

  it('refuses a malformed reference date with exit code 2', async () => {
    const { code, stderr } = await newsgraph(['extract', 'examples/sample', '--out', mkdtempSync(join(tmpdir(), 'ng-')), '--reference-date', '2025-02-30']);
    expect(code).toBe(2);
    expect(stderr).toContain('--reference-date must be a valid date as YYYY-MM-DD, got "2025-02-30"');
  });

  it('refuses a bad pipeline file naming the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ name: 'bad', stages: [{ stage: 'segment' }, { stage: 'tokenise' }] }));
    const { code, stderr } = await newsgraph(['extract', 'examples/sample', '--out', dir, '--pipeline', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`invalid pipeline ${file}: stages[1].stage "tokenise" is not a known stage`);
  });

  it('refuses a bad concurrency', async () => {
    const { code, stderr } = await newsgraph(['extract', 'examples/sample', '--concurrency', '0']);
    expect(code).toBe(2);
    expect(stderr).toContain('--concurrency must be a whole number ≥ 1');
  });

  it('stops quietly with exit code 141 when the reader of its output goes away', async () => {
    // The read end is closed before the child writes anything (it takes ~0.3 s to start), so its first
    // write to stdout meets a closed pipe, as `newsgraph query … | head` does once head has its lines.
    const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'newsgraph.js'), 'query', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(code).toBe(141);
    expect(stderr).toBe('');
  });
});
