import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runEvaluate } from '../helpers/evaluate-cli.js';

const fixtures = join(import.meta.dirname, 'fixtures');
// A pipeline that recognizes nothing, so the counts below do not move while the recognizers improve.
const pipeline = join(fixtures, 'tokenize-only.json');

const evaluate = runEvaluate;

afterEach(() => vi.restoreAllMocks());

describe('newsgraph evaluate', () => {
  it('evaluates a JSONL gold file and writes the JSON report', async () => {
    const json = join(mkdtempSync(join(tmpdir(), 'ng-eval-')), 'out', 'report.json');
    const printed = await evaluate(['--gold', join(fixtures, 'tiny.jsonl'), '--pipeline', pipeline, '--json', json, '--errors']);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ format: 'jsonl', documents: 2, gold: { mentions: 6, timexes: 2, relations: 4 } });
    expect(report.tokens).toBeGreaterThan(20);
    expect(report.mentions.exact.perType.LOC).toMatchObject({ tp: 0, fp: 0, fn: 3 });
    expect(report.mentions.exact.micro).toMatchObject({ tp: 0, fp: 0, fn: 6 });
    expect(report.timex.relaxed).toMatchObject({ tp: 0, fn: 2 });
    expect(Object.keys(report.relations.overlap.perType)).toEqual(['leaderOf', 'locatedIn', 'operatesIn', 'visited']);
    expect(report.ignored).toEqual({ entities: { MISC: { count: 1, reason: 'mapped to null' } }, relations: { Kill: { count: 1, reason: 'mapped to null' } } });
    expect(report.errors).toHaveLength(12);
    expect(printed).toContain('micro');
    expect(printed).toContain('MISS UNIT "41st Mechanized Brigade"');
  });

  it('evaluates a CoNLL file with --limit and a type mapping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-eval-'));
    const types = join(dir, 'types.json');
    const json = join(dir, 'report.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(types, JSON.stringify({ entities: { ORG: null } }));
    await evaluate(['--gold', join(fixtures, 'tiny.conll'), '--pipeline', pipeline, '--types', types, '--json', json, '--limit', '1']);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ format: 'conll', documents: 1, gold: { mentions: 1, timexes: 0, relations: 0 } });
    await evaluate(['--gold', join(fixtures, 'tiny.conll'), '--pipeline', pipeline, '--types', types, '--json', json]);
    const all = JSON.parse(readFileSync(json, 'utf8'));
    expect(all.gold.mentions).toBe(2);
    expect(all.ignored.entities).toEqual({ ORG: { count: 1, reason: 'mapped to null' } });
  });
});
