import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newsgraph } from '../helpers/cli.js';

const NIF_PHRASE = '<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase>';
const POINTERS = ['subjectMention', 'objectMention', 'dateMention'].map((p) => `<https://w3id.org/newsgraph/ns#${p}>`);
const STATEMENT = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>';

/** graph.nq of a run as [subject, predicate, object] triples (the graph term, the line's last `<…>`, left out). */
const quads = (dir: string): string[][] =>
  readFileSync(join(dir, 'graph.nq'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [s, p] = line.split(' ', 2) as [string, string];
      return [s, p, line.slice(s.length + p.length + 2, line.lastIndexOf(' <'))];
    });
const phrases = (q: string[][]): Set<string> => new Set(q.filter(([, , o]) => o === NIF_PHRASE).map(([s]) => s!));
const pointed = (q: string[][]): Set<string> => new Set(q.filter(([, p]) => POINTERS.includes(p!)).map(([, , o]) => o!));
const statements = (q: string[][]): number => q.filter(([, , o]) => o === STATEMENT).length;

const runs: Record<string, string[][]> = {};

beforeAll(async () => {
  const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
  for (const layer of ['all', 'linked', 'none']) {
    const out = join(mkdtempSync(join(tmpdir(), 'ng-mentions-')), 'out');
    const run = await newsgraph(['extract', corpus, '--out', out, '--quiet', '--mentions', layer]);
    // The fixture corpus holds one bad JSONL record on purpose: a failed input, exit 1, outputs written.
    expect(run.code).toBe(1);
    runs[layer] = quads(out);
  }
}, 180_000);

describe('extract --mentions', () => {
  it('all: every mention and date is a phrase, and statements point at phrases of the graph', () => {
    const all = runs.all!;
    expect(phrases(all).size).toBeGreaterThan(pointed(all).size);
    for (const iri of pointed(all)) expect(phrases(all).has(iri)).toBe(true);
  });

  it('linked: exactly the phrases statements point at, with the same statements', () => {
    const linked = runs.linked!;
    expect(phrases(linked)).toEqual(pointed(linked));
    expect(statements(linked)).toBe(statements(runs.all!));
    expect(linked.length).toBeLessThan(runs.all!.length);
  });

  it('none: no phrases, the same statements and entities', () => {
    const none = runs.none!;
    expect(phrases(none).size).toBe(0);
    expect(statements(none)).toBe(statements(runs.all!));
    const entities = (q: string[][]) => new Set(q.filter(([s]) => s!.startsWith('<https://w3id.org/newsgraph/id/')).map((t) => t.join(' ')));
    expect(entities(none)).toEqual(entities(runs.all!));
  });
});
