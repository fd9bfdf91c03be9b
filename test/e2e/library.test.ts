import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { packageRoot } from '../../src/model/package-root.js';

describe("import { extract } from 'newsgraph'", () => {
  it('runs the same pipeline as a library, resolved by package name', async () => {
    // A module inside the package resolves 'newsgraph' through package.json "exports" (self-reference),
    // exactly as a dependent project would after `npm install newsgraph`.
    mkdirSync(join(packageRoot(), 'output'), { recursive: true });
    const dir = mkdtempSync(join(packageRoot(), 'output', 'lib-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const script = join(dir, 'use.mjs');
    writeFileSync(
      script,
      `import { extract, buildGraph } from 'newsgraph';
const result = await extract([${JSON.stringify(join(packageRoot(), 'test', 'fixtures', 'corpus', 'talks.md'))}], { referenceDate: '2026-05-20' });
const graph = buildGraph(result.documents);
console.log(JSON.stringify({ docs: result.documents.length, status: result.files[0].status, ref: result.documents[0].referenceDate, graphs: graph.jsonld['@graph'].length, nodes: graph.jsonld['@graph'].reduce((n, g) => n + g['@graph'].length, 0) }));`,
    );
    const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: dir });
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ docs: 1, status: 'ok', ref: '2026-05-20' });
    expect(out.nodes).toBeGreaterThan(5);
    expect(out.graphs).toBe(3); // the document's graph, the entity graph, the vocabulary graph
  });
});
