import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../src/model/package-root.js';

const run = promisify(execFile);

/**
 * Runs the real `newsgraph` launcher (bin/newsgraph.js → dist/) as a user would. The compiled dist/ is
 * built by `npm test` (tsc) and by `npm ci` (prepare).
 */
export async function newsgraph(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const root = packageRoot();
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'bin', 'newsgraph.js'), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw err;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
