import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractTo, quadCount } from './outputs.js';
import { resultRows } from './sparql-results.js';
import { bulkLoad, skipVirtuoso, startVirtuoso, type Virtuoso } from './virtuoso.js';

const FIRST_LOAD = 'https://w3id.org/newsgraph/test/first-load';
/** Quads of the project's graphs (a new Virtuoso database holds system graphs of its own). */
const OUR_GRAPHS = 'GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/newsgraph/"))';

async function count(v: Virtuoso, pattern: string): Promise<number> {
  return Number(resultRows(await v.select(`SELECT (COUNT(*) AS ?n) WHERE { ${pattern} }`))[0]!.n);
}

let virtuoso: Virtuoso;
let out: string;

beforeAll(async () => {
  if (skipVirtuoso) return;
  [virtuoso, out] = await Promise.all([startVirtuoso(), extractTo(['test/fixtures/corpus'])]);
});

afterAll(async () => {
  await virtuoso?.stop();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe.skipIf(skipVirtuoso)('Virtuoso 7.2 (Debian virtuoso-opensource)', () => {
  it('bulk-loads graph.nq with ld_dir: as many quads as the file has lines, each in its named graph', async () => {
    await bulkLoad(virtuoso, out, FIRST_LOAD);
    expect(await count(virtuoso, OUR_GRAPHS)).toBe(quadCount(out));
    // Every quad names its graph, so nothing lands in the graph ld_dir gives for triples.
    expect(await count(virtuoso, `GRAPH <${FIRST_LOAD}> { ?s ?p ?o }`)).toBe(0);
  });
});
