import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newsgraph } from '../helpers/cli.js';

/** `newsgraph extract` over `inputs` into a fresh folder under the temp dir (where the stores may read). */
export async function extractTo(inputs: string[]): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'ng-stores-out-'));
  const r = await newsgraph(['extract', ...inputs, '--out', out, '--quiet', '--reference-date', '2026-03-01']);
  // Exit 1 with only record warnings is the fixture corpus's deliberately bad JSONL line: outputs are complete.
  const onlyBadRecords = r.code === 1 && r.stderr.split('\n').every((l) => l === '' || /^warning: \S+ line \d+: /.test(l));
  if (r.code !== 0 && !onlyBadRecords) throw new Error(`newsgraph extract failed (${r.code}): ${r.stderr}`);
  return out;
}

/** Lines of an output folder's graph.nq: its quads, one a line. */
export function quadCount(outDir: string): number {
  return readFileSync(join(outDir, 'graph.nq'), 'utf8').split('\n').filter((l) => l.length > 0).length;
}
