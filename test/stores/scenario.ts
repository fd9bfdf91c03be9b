import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_GRAPH } from '../../src/graph/named-graphs.js';
import { packageRoot } from '../../src/model/package-root.js';
import { loadOutputs, type Store } from '../../src/query/load-store.js';
import { runQuery } from '../../src/query/run-query.js';
import { triplesByGraph } from '../../src/update/graphs-of-file.js';
import { updateRequests } from '../../src/update/update-requests.js';
import { extractTo, quadCount } from './outputs.js';
import { resultRows, sortedRows, type Row } from './sparql-results.js';

/** A graph store as the tests drive it: a bulk load of graph.nq, the update path, SELECT over the union of the graphs. */
export interface StoreUnderTest {
  bulkLoad(outDir: string): Promise<void>;
  /** Loads an output folder through `newsgraph load` or `newsgraph update-script`, as docs/graph-databases.md says. */
  update(outDir: string): Promise<void>;
  select(query: string): Promise<Row[]>;
  stop(): Promise<void>;
}

const NG = 'https://w3id.org/newsgraph/';
const PREFIXES = 'PREFIX schema: <https://schema.org/> PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n';

/** Counts in one query (one JVM for Jena): every quad of the project's graphs, and the graphs of talks.md. */
const COUNTS = `${PREFIXES}SELECT ?all ?talks ?talksGraphs ?manyNames WHERE {
  { SELECT (COUNT(*) AS ?all) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "${NG}")) } }
  { SELECT (COUNT(*) AS ?talks) (COUNT(DISTINCT ?g) AS ?talksGraphs) WHERE { GRAPH ?g { ?g ng:sourcePath "talks.md" . ?s ?p ?o } } }
  { SELECT (COUNT(*) AS ?manyNames) WHERE { { SELECT ?e WHERE { GRAPH <${ENTITY_GRAPH}> { ?e schema:name ?n } } GROUP BY ?e HAVING (COUNT(?n) > 1) } } }
}`;

interface Counts {
  all: number;
  talks: number;
  talksGraphs: number;
  manyNames: number;
}

const asCounts = (rows: Row[]): Counts => {
  const r = rows[0]!;
  return { all: Number(r.all), talks: Number(r.talks), talksGraphs: Number(r.talksGraphs), manyNames: Number(r.manyNames) };
};

/** The same SELECT in the embedded Oxigraph store, as rows comparable with a server's. */
function oxigraphRows(store: Store, query: string): Row[] {
  const result = runQuery(store, query);
  if (result.kind !== 'bindings') throw new Error('expected SELECT results');
  return resultRows(JSON.stringify({ results: { bindings: result.rows } }));
}

const EXAMPLES = join(packageRoot(), 'examples', 'queries');

/** Lines of one named graph in a graph.nq. */
const graphLines = async (outDir: string, graph: string): Promise<number> => (await triplesByGraph(join(outDir, 'graph.nq'))).get(graph)?.length ?? 0;
const docGraphOf = (outDir: string, path: string): string =>
  JSON.parse(readFileSync(join(outDir, 'graph.jsonld'), 'utf8'))['@graph'].find((g: { '@graph': Array<Record<string, unknown>> }) => g['@graph'][0]?.['ng:sourcePath'] === path)['@id'];

/**
 * The same story for every store: the fixture corpus bulk-loaded (quad count, example queries against
 * Oxigraph), a second batch through the update path (entities merge by IRI, one name each), then a
 * re-processed, changed document (its old graph replaced, counted before and after). Oxigraph, given the
 * same bulk load and update requests, is the reference for the counts.
 */
export function storeScenario(name: string, skip: boolean, start: () => Promise<StoreUnderTest>): void {
  let store: StoreUnderTest;
  let reference: Store;
  let work: string;
  let first: string;
  let second: string;
  let changed: string;

  beforeAll(async () => {
    if (skip) return;
    work = mkdtempSync(join(tmpdir(), 'ng-scenario-'));
    // A second batch of our own sentences, naming entities the corpus names too.
    mkdirSync(join(work, 'batch-2'));
    writeFileSync(join(work, 'batch-2', 'visit.md'), '# Minister in Kharkiv\n\nDefense Minister Denys Shmyhal visited Kharkiv on June 4, 2026, and met with Mayor Ihor Terekhov.\n');
    // talks.md re-processed after it changed: one more sentence.
    mkdirSync(join(work, 'changed'));
    cpSync(join(packageRoot(), 'test', 'fixtures', 'corpus', 'talks.md'), join(work, 'changed', 'talks.md'));
    writeFileSync(join(work, 'changed', 'talks.md'), `${readFileSync(join(work, 'changed', 'talks.md'), 'utf8')}\nSybiha later visited Istanbul.\n`);
    [store, first, second, changed] = await Promise.all([
      start(),
      extractTo(['test/fixtures/corpus']),
      extractTo([join(work, 'batch-2')]),
      extractTo([join(work, 'changed')]),
    ]);
    reference = (await loadOutputs([first])).store;
  });

  afterAll(async () => {
    await store?.stop();
    for (const dir of [work, first, second, changed]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const applyToReference = async (outDir: string): Promise<void> => {
    for (const request of updateRequests(await triplesByGraph(join(outDir, 'graph.nq')))) reference.update(request);
  };

  describe.skipIf(skip)(name, () => {
    it('bulk-loads graph.nq: as many quads as the file has lines, each in its named graph', async () => {
      await store.bulkLoad(first);
      const counts = asCounts(await store.select(COUNTS));
      expect(counts.all).toBe(quadCount(first));
      expect(counts.talks).toBe(await graphLines(first, docGraphOf(first, 'talks.md')));
      expect(counts.talksGraphs).toBe(1);
      expect(counts).toEqual(asCounts(oxigraphRows(reference, COUNTS)));
    });

    it('answers the example queries of examples/queries/ as the embedded Oxigraph does', async () => {
      const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.rq')).sort();
      expect(files.length).toBeGreaterThanOrEqual(5);
      for (const file of files) {
        const query = readFileSync(join(EXAMPLES, file), 'utf8');
        const expected = oxigraphRows(reference, query);
        expect(expected.length, `${file} has answers on the fixture corpus`).toBeGreaterThan(0);
        expect(sortedRows(await store.select(query)), file).toEqual(sortedRows(expected));
      }
    });

    it('merges a second batch by entity IRI through the update path: one node, one name, mentions from both batches', async () => {
      await store.update(second);
      await applyToReference(second);
      const mentions = `${PREFIXES}SELECT ?e ?name ?doc WHERE { ?e schema:name ?name . FILTER (?name IN ("Kharkiv", "Denys Shmyhal")) ?m itsrdf:taIdentRef ?e ; nif:referenceContext ?doc . }`;
      const rows = await store.select(mentions);
      for (const entity of ['Kharkiv', 'Denys Shmyhal']) {
        const of = rows.filter((r) => r.name === entity);
        expect(new Set(of.map((r) => r.e)).size, entity).toBe(1);
        expect(new Set(of.map((r) => r.doc)).size, entity).toBe(2);
      }
      expect(sortedRows(rows)).toEqual(sortedRows(oxigraphRows(reference, mentions)));
      const counts = asCounts(await store.select(COUNTS));
      expect(counts.manyNames).toBe(0);
      expect(counts).toEqual(asCounts(oxigraphRows(reference, COUNTS)));
    });

    it('replaces a re-processed, changed document: its old graph is gone, its new one has the new file\'s quads', async () => {
      const before = asCounts(await store.select(COUNTS));
      const oldGraph = docGraphOf(first, 'talks.md');
      const newGraph = docGraphOf(changed, 'talks.md');
      expect(newGraph).not.toBe(oldGraph);
      expect(before.talks).toBe(await graphLines(first, oldGraph));
      await store.update(changed);
      await applyToReference(changed);
      const after = asCounts(await store.select(COUNTS));
      expect(after.talksGraphs).toBe(1);
      expect(after.talks).toBe(await graphLines(changed, newGraph));
      expect(after.talks).toBeGreaterThan(before.talks);
      expect(after.manyNames).toBe(0);
      expect(after).toEqual(asCounts(oxigraphRows(reference, COUNTS)));
    });
  });
}
