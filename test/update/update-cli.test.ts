import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/model/package-root.js';
import { loadOutputs } from '../../src/query/load-store.js';
import { runQuery } from '../../src/query/run-query.js';
import { newsgraph } from '../helpers/cli.js';
import { freePort } from '../stores/free-port.js';

let work: string;

/** Quads per named graph whose document node says it was read from talks.md. */
const TALKS = `SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g <https://w3id.org/newsgraph/ns#sourcePath> "talks.md" . ?s ?p ?o } } GROUP BY ?g`;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ng-update-'));
  mkdirSync(join(work, 'v1'));
  mkdirSync(join(work, 'v2'));
  const talks = readFileSync(join(packageRoot(), 'test', 'fixtures', 'corpus', 'talks.md'), 'utf8');
  writeFileSync(join(work, 'v1', 'talks.md'), talks);
  writeFileSync(join(work, 'v2', 'talks.md'), `${talks}\nSybiha later visited Istanbul.\n`);
  for (const v of ['v1', 'v2']) {
    const r = await newsgraph(['extract', join(work, v), '--out', join(work, `out-${v}`), '--quiet']);
    expect(r.code).toBe(0);
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('newsgraph update-script and load (the update path, on the embedded Oxigraph)', () => {
  it('replaces a changed document: after the update the store holds only the new graph of talks.md', async () => {
    const { store } = await loadOutputs([join(work, 'out-v1')]);
    const before = runQuery(store, TALKS);
    expect(before.kind === 'bindings' && before.rows).toHaveLength(1);
    const r = await newsgraph(['update-script', join(work, 'out-v2')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DROP SILENT GRAPH <https://w3id.org/newsgraph/doc/');
    store.update(r.stdout);
    const after = runQuery(store, TALKS);
    if (after.kind !== 'bindings' || before.kind !== 'bindings') throw new Error('expected rows');
    expect(after.rows).toHaveLength(1);
    expect(after.rows[0]!.g!.value).not.toBe(before.rows[0]!.g!.value);
    const v2 = (await loadOutputs([join(work, 'out-v2')])).store;
    expect(store.size).toBe(v2.size);
  });

  it('says when the endpoint cannot be reached or the folder is not an output folder', async () => {
    const port = await freePort();
    const r = await newsgraph(['load', '--endpoint', `http://127.0.0.1:${port}/sparql`, join(work, 'out-v1')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot reach http://127.0.0.1:${port}/sparql`);
    const bad = join(work, 'bad.nq');
    writeFileSync(bad, '<http://x/s> <http://x/p> "no graph" .\n');
    const s = await newsgraph(['update-script', bad]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('line 1: not a quad with a named graph');
  });
});
