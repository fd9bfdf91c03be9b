import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReport } from '../../src/report/read-report.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/model/package-root.js';
import { newsgraph } from '../helpers/cli.js';

/**
 * The real CLI end to end: two extract batches on the fixture folders (which share Kharkiv), their
 * report.html, then `query` over both outputs and `review-stats` on a verdict file. Assertions are about
 * structure, not about how much the recognizers find.
 */
let work: string;
let out1: string;
let out2: string;
const fixtures = join(import.meta.dirname, 'fixtures');
const query = (name: string): string => join(packageRoot(), 'examples', 'queries', name);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ng-cli-'));
  out1 = join(work, 'out-1');
  out2 = join(work, 'out-2');
  for (const [batch, out] of [['batch-1', out1], ['batch-2', out2]] as const) {
    const run = await newsgraph(['extract', join(fixtures, batch), '--out', out, '--quiet']);
    expect(run.code, run.stderr).toBe(0);
  }
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('newsgraph extract writes report.html', () => {
  it('lists it in the manifest and writes one self-contained page with the run data', () => {
    const manifest = JSON.parse(readFileSync(join(out1, 'manifest.json'), 'utf8'));
    expect(manifest.outputs.report).toBe('report.html');
    const html = readFileSync(join(out1, 'report.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const data = readReport(html);
    expect(data.documents.map((d: { path: string }) => d.path)).toEqual(['kharkiv-visit.txt']);
    expect(data.summary.statements).toBe(data.statements.length);
  });
});

describe('newsgraph query', () => {
  it('loads several outputs together: an entity both batches mention is one node with mentions from both', async () => {
    const run = await newsgraph(['query', out1, out2, '--file', query('entity-mentions.rq'), '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
    expect(result.head.vars).toEqual(['entity', 'document', 'text', 'begin', 'end']);
    const rows = result.results.bindings;
    expect(new Set(rows.map((r) => r.entity!.value)).size).toBe(1);
    expect(new Set(rows.map((r) => r.document!.value))).toEqual(new Set(['kharkiv-visit.txt', 'kharkiv-rail.txt']));
  });

  it('prints a table by default and CSV on request', async () => {
    const table = await newsgraph(['query', out1, 'SELECT (COUNT(*) AS ?quads) WHERE { ?s ?p ?o }']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^quads\n-+\n *\d+\n\(1 row\)\n$/);
    const csv = await newsgraph(['query', out1, out2, '--file', query('visits.rq'), '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('visitor,place,date,dateBegin,dateEnd,confidence,document,evidence');
  });

  it('exits 2 with a clear message on bad SPARQL or a folder without a graph', async () => {
    const bad = await newsgraph(['query', out1, 'SELECT ?s WHERE { ?s ?p }']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^newsgraph: invalid SPARQL query: error at 1:\d+/);
    const missing = await newsgraph(['query', work, 'ASK { ?s ?p ?o }']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('has no graph.nq');
  });
});

describe('newsgraph review-stats', () => {
  it('reports precision per predicate and rule from an exported verdict file', async () => {
    const file = join(work, 'verdicts.json');
    const verdict = (statement: string, value: string, rule: string) => ({ statement, verdict: value, predicate: 'visited', rule });
    writeFileSync(file, JSON.stringify({ format: 'newsgraph-verdicts', version: 1, run: 'r', verdicts: [verdict('a', 'correct', 'x'), verdict('b', 'wrong', 'y')] }));
    const run = await newsgraph(['review-stats', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('2 verdicts (1 correct, 1 wrong) from 1 file(s), run r');
    expect(run.stdout).toMatch(/\nvisited +2 +1 +1 +0\.500 /);
    const json = JSON.parse((await newsgraph(['review-stats', file, '--format', 'json'])).stdout);
    expect(json.byRule.map((r: { name: string }) => r.name)).toEqual(['y', 'x']);
    const broken = await newsgraph(['review-stats', join(out1, 'manifest.json')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('not a verdict file');
  });
});
