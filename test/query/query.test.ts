import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/run/write-outputs.js';
import { packageRoot } from '../../src/model/package-root.js';
import { formatResult } from '../../src/query/format-results.js';
import { loadOutputs } from '../../src/query/load-store.js';
import { runQuery, SparqlError, type QueryResult, type SparqlTerm } from '../../src/query/run-query.js';
import { frontDoc, wireDoc } from '../report/fixtures.js';
import { makeResult } from '../report/make-docs.js';

const PREFIXES = `PREFIX schema: <https://schema.org/>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
`;

let both: string;
let front: string;
let wire: string;

async function output(docs: Parameters<typeof makeResult>[0]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ng-query-'));
  await writeOutputs(makeResult(docs), dir);
  return dir;
}

/** SELECT rows as plain {var: value} records. */
function rows(result: QueryResult): Record<string, string>[] {
  if (result.kind !== 'bindings') throw new Error(`expected bindings, got ${result.kind}`);
  return result.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.value])));
}

const exampleQuery = (name: string): string => readFileSync(join(packageRoot(), 'examples', 'queries', name), 'utf8');

beforeAll(async () => {
  both = await output([frontDoc(), wireDoc()]);
  front = await output([frontDoc()]);
  wire = await output([wireDoc()]);
});

afterAll(() => {
  for (const dir of [both, front, wire]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('loading graph.nq into Oxigraph', () => {
  it('loads unchanged: as many quads as the JSON-LD processor makes of graph.jsonld', async () => {
    const { store, loaded } = await loadOutputs([both]);
    const doc = JSON.parse(readFileSync(join(both, 'graph.jsonld'), 'utf8'));
    const documentLoader = (url: string): never => {
      throw new Error(`network access attempted: ${url}`);
    };
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
    const distinct = new Set(nquads.split('\n').filter((l) => l.length > 0));
    expect(store.size).toBe(distinct.size);
    expect(loaded[0]!.quads).toBe(distinct.size);
  });

  it('says which folder is not an output folder', async () => {
    await expect(loadOutputs([join(both, 'nope')])).rejects.toThrow(/no such output folder/);
    await expect(loadOutputs([tmpdir()])).rejects.toThrow(/has no graph\.nq/);
  });

  it('merges entities by IRI across batches loaded together', async () => {
    const { store } = await loadOutputs([front, wire]);
    const nodes = rows(runQuery(store, `${PREFIXES} SELECT DISTINCT ?e WHERE { ?e schema:name "Kharkiv" ; a schema:Place }`));
    expect(nodes).toHaveLength(1);
    const mentions = rows(runQuery(store, `${PREFIXES} SELECT ?m ?doc WHERE { ?m itsrdf:taIdentRef <${nodes[0]!.e}> ; nif:referenceContext ?doc }`));
    expect(mentions).toHaveLength(4);
    expect(new Set(mentions.map((m) => m.doc)).size).toBe(2);
    // The same graph as one batch of both documents.
    const { store: single } = await loadOutputs([both]);
    expect(store.size).toBe(single.size);
  });
});

describe('the example queries of docs/graph-databases.md', () => {
  let store: Awaited<ReturnType<typeof loadOutputs>>['store'];
  beforeAll(async () => {
    ({ store } = await loadOutputs([both]));
  });

  it('every examples/queries/*.rq runs and returns rows', () => {
    const files = readdirSync(join(packageRoot(), 'examples', 'queries')).filter((f) => f.endsWith('.rq'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) expect(rows(runQuery(store, exampleQuery(f))).length, f).toBeGreaterThan(0);
  });

  it('visits.rq: who visited which place and when', () => {
    const got = rows(runQuery(store, exampleQuery('visits.rq')));
    expect(got.map((r) => [r.visitor, r.place, r.date, r.dateBegin, r.dateEnd])).toEqual([
      ['Aurel Vantu', 'Kharkiv', '2026-03-12', '2026-03-12', '2026-03-12'],
      ['Dana Okafor', 'Kharkiv', '2026-03-17', '2026-03-17', '2026-03-17'],
    ]);
    expect(got[0]!.evidence).toContain('visited Kharkiv on 12 March 2026');
    expect(got[1]!.document).toBe('diplomacy/wire.jsonl');
  });

  it('units-near-town.rq: units on ng:operatesIn edges, per town', () => {
    expect(rows(runQuery(store, exampleQuery('units-near-town.rq')))).toEqual([{ town: 'Kupiansk', unit: '47th Mechanized Brigade', reports: '2' }]);
  });

  it('claims-by-source.rq: claims with their source, and the source entity where recognized', () => {
    const got = rows(runQuery(store, exampleQuery('claims-by-source.rq')));
    expect(got.map((r) => [r.source, r.sourceEntity, r.subject, r.predicate, r.object])).toEqual([
      ['The Ministry of Defence', 'Ministry of Defence', '47th Mechanized Brigade', 'operatesIn', 'Kupiansk'],
      ['the regional governor', undefined, '47th Mechanized Brigade', 'operatesIn', 'Kupiansk'],
    ]);
  });

  it('entity-mentions.rq: every mention of an entity with its text and offsets', () => {
    const got = rows(runQuery(store, exampleQuery('entity-mentions.rq')));
    expect(got).toHaveLength(4);
    expect(new Set(got.map((r) => r.text))).toEqual(new Set(['Kharkiv']));
  });

  it('rules-overview.rq: statements per rule and predicate', () => {
    const got = rows(runQuery(store, exampleQuery('rules-overview.rq')));
    expect(got[0]).toEqual({ rule: 'unit-operates-near', predicate: 'operatesIn', statements: '2', meanConfidence: '0.63' });
    expect(got.map((r) => r.rule).sort()).toEqual(['arrival-verb', 'held-talks', 'met-with', 'unit-operates-near', 'visit-verb']);
  });
});

describe('runQuery', () => {
  let store: Awaited<ReturnType<typeof loadOutputs>>['store'];
  beforeAll(async () => {
    ({ store } = await loadOutputs([both]));
  });

  it('keeps the projected variables of a SELECT that matches nothing', () => {
    expect(runQuery(store, 'SELECT ?a ?b WHERE { ?a <urn:x:none> ?b }')).toEqual({ kind: 'bindings', vars: ['a', 'b'], rows: [] });
  });

  it('answers ASK and returns CONSTRUCT triples', () => {
    expect(runQuery(store, `${PREFIXES} ASK { ?u a ng:MilitaryUnit }`)).toEqual({ kind: 'boolean', value: true });
    expect(runQuery(store, `${PREFIXES} ASK { ?u a ng:Nothing }`)).toEqual({ kind: 'boolean', value: false });
    const graph = runQuery(store, `${PREFIXES} CONSTRUCT { ?u schema:name ?n } WHERE { ?u a ng:MilitaryUnit ; schema:name ?n }`);
    expect(graph).toEqual({
      kind: 'graph',
      triples: [[{ type: 'uri', value: 'https://w3id.org/newsgraph/id/unit/47th-mechanized-brigade' }, { type: 'uri', value: 'https://schema.org/name' }, { type: 'literal', value: '47th Mechanized Brigade' }]],
    });
  });

  it('refuses bad SPARQL with a SparqlError that points at the place', () => {
    const bad = 'SELECT ?s WHERE {\n  ?s ?p \n}';
    expect(() => runQuery(store, bad)).toThrow(SparqlError);
    try {
      runQuery(store, bad);
    } catch (err) {
      expect((err as Error).message).toMatch(/^invalid SPARQL query: error at 3:\d+: /);
      expect((err as Error).message).toMatch(/\n  3 \| }$/);
    }
  });
});

describe('formatResult', () => {
  const result: QueryResult = {
    kind: 'bindings',
    vars: ['who', 'quote', 'n'],
    rows: [
      { who: { type: 'uri', value: 'https://w3id.org/newsgraph/id/person/dana-okafor' }, quote: { type: 'literal', value: 'said "no", then left' }, n: { type: 'literal', value: '2', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } },
      { who: { type: 'uri', value: 'http://example.org/other' } },
    ],
  };

  it('right-aligns columns of numbers', () => {
    const n = (value: string): SparqlTerm => ({ type: 'literal', value, datatype: 'http://www.w3.org/2001/XMLSchema#integer' });
    const table = formatResult({ kind: 'bindings', vars: ['count', 'name'], rows: [{ count: n('7'), name: { type: 'literal', value: 'a' } }, { count: n('120') }] }, 'table');
    expect(table.split('\n').slice(2, 4)).toEqual(['    7 | a', '  120 |']);
  });

  it('prints an aligned table with prefixed IRIs, empty cells for unbound variables and a row count', () => {
    expect(formatResult(result, 'table')).toBe(
      [
        'who                        | quote                | n',
        '---------------------------+----------------------+--',
        'id:person/dana-okafor      | said "no", then left | 2',
        '<http://example.org/other> |                      |',
        '(2 rows)',
        '',
      ].join('\n'),
    );
  });

  it('writes SPARQL results CSV with quoting and CRLF', () => {
    expect(formatResult(result, 'csv')).toBe('who,quote,n\r\nhttps://w3id.org/newsgraph/id/person/dana-okafor,"said ""no"", then left",2\r\nhttp://example.org/other,,\r\n');
  });

  it('writes SPARQL results JSON', () => {
    expect(JSON.parse(formatResult(result, 'json'))).toEqual({ head: { vars: ['who', 'quote', 'n'] }, results: { bindings: result.rows } });
    expect(formatResult({ kind: 'boolean', value: true }, 'table')).toBe('true\n');
  });
});
