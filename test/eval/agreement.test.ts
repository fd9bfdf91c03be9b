import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runEvaluate } from '../helpers/evaluate-cli.js';

// Two annotators' records of the same made-up text; offsets are into `text`.
const text = 'The 915th Freedonian Rifle Regiment shelled Ostrova and Belka. General Ivo Marek met Dana Kral in Dubno.';
const span = (words: string, type: string, from = 0): { start: number; end: number; type: string } => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, type };
};
const entities = [
  span('915th Freedonian Rifle Regiment', 'UNIT'),
  span('Ostrova', 'LOC'),
  span('Belka', 'LOC'),
  span('Ivo Marek', 'PER'),
  span('Dana Kral', 'PER'),
  span('Dubno', 'LOC'),
];
const first = {
  id: 'r1',
  text,
  entities,
  relations: [
    { head: 0, tail: 1, type: 'attacked' },
    { head: 0, tail: 2, type: 'attacked' },
    { head: 3, tail: 4, type: 'metWith' },
    { head: 3, tail: 5, type: 'visited' },
  ],
};
// The second annotator: Belka missed as a target, the meeting in the other order (symmetric: the same
// statement), Dubno called a presence instead of a visit, and "Dubno" typed as an organization.
const second = {
  id: 'r1',
  text,
  entities: [...entities.slice(0, 5), { ...entities[5]!, type: 'ORG' }],
  relations: [
    { head: 0, tail: 1, type: 'attacked' },
    { head: 4, tail: 3, type: 'metWith' },
    { head: 3, tail: 5, type: 'operatesIn' },
  ],
};

function files(a: object[], b: object[]): { a: string; b: string; json: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ng-agree-'));
  const write = (name: string, recs: object[]): string => {
    const path = join(dir, name);
    writeFileSync(path, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return path;
  };
  return { a: write('a.jsonl', a), b: write('b.jsonl', b), json: join(dir, 'report.json') };
}

const evaluate = runEvaluate;

afterEach(() => vi.restoreAllMocks());

describe('newsgraph evaluate --predicted-by (agreement between two annotations)', () => {
  it('scores an annotation against itself as perfect agreement, without running the pipeline', async () => {
    const f = files([first], [first]);
    const printed = await evaluate(['--gold', f.a, '--predicted-by', f.a, '--json', f.json]);
    const report = JSON.parse(readFileSync(f.json, 'utf8'));
    expect(report).toMatchObject({ predictedBy: f.a, tokens: 0 });
    expect(report.pipeline).toBeUndefined();
    expect(report.mentions.exact.micro).toMatchObject({ tp: 6, fp: 0, fn: 0 });
    expect(report.relations.overlap.micro).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(printed).toContain(`the annotations of ${f.a}`);
  });

  it('counts what the second annotator left out, added and typed otherwise, by the scorer the pipeline is judged by', async () => {
    const f = files([first], [second]);
    await evaluate(['--gold', f.a, '--predicted-by', f.b, '--json', f.json, '--errors']);
    const report = JSON.parse(readFileSync(f.json, 'utf8'));
    expect(report.relations.overlap.perType.attacked).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(report.relations.overlap.perType.metWith).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.relations.overlap.perType.visited).toMatchObject({ tp: 0, fn: 1 });
    // operatesIn is no label of the first annotation's relations here, so the second's is not judged.
    expect(report.relations.unjudged).toBe(1);
    expect(report.mentions.exact.perType.LOC).toMatchObject({ tp: 2, fn: 1 });
    // And the other way round: what the first stated and the second did not is the second's precision now.
    await evaluate(['--gold', f.b, '--predicted-by', f.a, '--json', f.json]);
    const back = JSON.parse(readFileSync(f.json, 'utf8'));
    expect(back.relations.overlap.micro).toMatchObject({ tp: 2, fn: 1 });
  });

  it('scores only the gold records the second annotation covers, and says so', async () => {
    const unrelated = { id: 'r0', text: 'Nothing happened in Ostrova.', entities: [{ start: 20, end: 27, type: 'LOC' }], relations: [] };
    const f = files([unrelated, first], [first]);
    const printed = await evaluate(['--gold', f.a, '--predicted-by', f.b, '--json', f.json]);
    const report = JSON.parse(readFileSync(f.json, 'utf8'));
    expect(report.documents).toBe(1);
    expect(report.mentions.exact.micro).toMatchObject({ tp: 6, fn: 0 });
    expect(printed).toContain('1 of the gold file\'s 2 records');
  });

  it('refuses a second annotation that shares no record or is over another text', async () => {
    const missing = files([first], [{ ...first, id: 'r2' }]);
    await expect(evaluate(['--gold', missing.a, '--predicted-by', missing.b])).rejects.toThrow(/no record of the gold file/);
    const other = files([first], [{ ...first, text: text.replace('Ostrova', 'Ostrava') }]);
    await expect(evaluate(['--gold', other.a, '--predicted-by', other.b])).rejects.toThrow(/not over the same text/);
  });
});
