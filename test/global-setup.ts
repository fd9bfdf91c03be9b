import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Newest modification time of the TypeScript sources that dist/ is compiled from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory() && e.name !== 'build' && e.name !== 'results' && e.name !== 'fixtures') newest = Math.max(newest, newestSource(path));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The end-to-end tests run the real CLI from dist/. `npm test` compiles first; when vitest is run on its
 * own after an edit, compile here so those tests never exercise stale code.
 */
function compileIfStale(): void {
  const marker = join(root, 'dist', 'src', 'cli', 'main.js');
  const sources = Math.max(...['src', 'bench', 'gazetteers'].map((d) => newestSource(join(root, d))));
  if (existsSync(marker) && statSync(marker).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });
}

/**
 * Every temporary folder of the run (the tests' own `mkdtempSync(tmpdir())`, the CLI children's, the
 * database servers' data) goes under one folder made here, removed when the run ends: the test files make
 * ~150 folders per run and left them behind (3.4 GB in /tmp after a day's runs). The forks and their children
 * inherit TMPDIR, which `os.tmpdir()` reads. Vitest calls this setup once per project, so the folder is made
 * once and the later calls keep it (nested, the path grew past the 108 bytes of Chromium's socket path); the
 * name is short for the same reason.
 */
function runTempDir(): () => void {
  if (process.env.NEWSGRAPH_TEST_TMPDIR) return () => {};
  const dir = mkdtempSync(join(tmpdir(), 'ngt-'));
  process.env.NEWSGRAPH_TEST_TMPDIR = dir;
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

export default function setup(): () => void {
  compileIfStale();
  return runTempDir();
}
