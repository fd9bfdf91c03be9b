import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/model/package-root.js';

// Issue #14, item 4: outside the repository the command must come from a real install, and `npm pack` must
// make a tarball that works there. A full `npm install -g <tarball>` into a temp prefix resolves all 90
// dependencies (tens of seconds, and the registry when the cache lacks one); this test packs the tarball
// (`--ignore-scripts`: dist/ and the gazetteer index are already built by `npm test`), unpacks it outside the
// repository and runs its bin with the worktree's installed dependencies beside it — the same files a
// global install would run.
describe('the npm pack tarball', () => {
  const work = mkdtempSync(join(tmpdir(), 'ng-pack-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds the compiled command, pipelines and gazetteer index, and runs outside the repository', () => {
    const root = packageRoot();
    const [info] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as Array<{
      filename: string;
      files: Array<{ path: string }>;
    }>;
    const files = info!.files.map((f) => f.path);
    for (const f of ['bin/newsgraph.js', 'dist/src/cli/main.js', 'dist/src/run/worker.js', 'pipelines/default.json', 'gazetteers/build/index.bin', 'README.md']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('src/'))).toBe(false);
    execFileSync('tar', ['-xzf', join(work, info!.filename), '-C', work]);
    const installed = join(work, 'package');
    symlinkSync(join(root, 'node_modules'), join(installed, 'node_modules'));
    const help = execFileSync(process.execPath, [join(installed, 'bin', 'newsgraph.js'), '--help'], { cwd: work, encoding: 'utf8' });
    expect(help).toContain('extract');
    writeFileSync(join(work, 'a.txt'), 'Defense Minister Olena Marchuk visited Odesa on Tuesday.\n');
    execFileSync(process.execPath, [join(installed, 'bin', 'newsgraph.js'), 'extract', join(work, 'a.txt'), '--out', join(work, 'out'), '--quiet'], { cwd: work });
    expect(existsSync(join(work, 'out', 'manifest.json'))).toBe(true);
  }, 240_000);
});
