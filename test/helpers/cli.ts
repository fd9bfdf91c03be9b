import { execFile, spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../src/model/package-root.js';

const run = promisify(execFile);

/**
 * Runs the real `newsgraph` launcher (bin/newsgraph.js → dist/) as a user would. The compiled dist/ is
 * built by `npm test` (tsc) and by `npm ci` (prepare).
 */
export async function newsgraph(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const root = packageRoot();
  if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'bin', 'newsgraph.js'), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw err;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/**
 * Starts `newsgraph` stopped at a kill point (NEWSGRAPH_PAUSE_AT, see src/run/pause-point.ts) and sends
 * it `signal` once it says it got there. Resolves with its exit code and signal and what it printed;
 * rejects if it ends without reaching the point.
 */
export function newsgraphKilledAt(args: string[], point: string, signal: NodeJS.Signals, env: Record<string, string> = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const root = packageRoot();
  const child = spawn(process.execPath, [join(root, 'bin', 'newsgraph.js'), ...args], { cwd: root, env: { ...process.env, ...env, NEWSGRAPH_PAUSE_AT: point } });
  let stderr = '';
  let sent = false;
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    if (!sent && stderr.includes(`paused at ${point}\n`)) {
      sent = true;
      child.kill(signal);
    }
  });
  child.stdout.resume();
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, sig) => {
      if (!sent) reject(new Error(`newsgraph ended (code ${code}) before pausing at ${point}:\n${stderr}`));
      else resolve({ code, signal: sig, stderr });
    });
  });
}

/** `newsgraph extract --stdin --ndjson` with the file `input` piped in and stdout written to `outFile`, as a shell pipe would. */
export function extractStdin(input: string, outFile: string, args: string[] = [], env: Record<string, string> = {}): Promise<{ code: number; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'newsgraph.js'), 'extract', '--stdin', '--ndjson', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const out = createWriteStream(outFile);
    child.stdout.pipe(out);
    child.on('error', fail);
    // Done when the process has exited and its output is on disk.
    const written = new Promise((closed) => out.once('close', closed));
    child.on('close', (code) => void written.then(() => done({ code: code ?? -1, stderr })));
    createReadStream(input).pipe(child.stdin);
  });
}
