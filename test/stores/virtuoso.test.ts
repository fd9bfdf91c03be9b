import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractTo, quadCount } from './outputs.js';
import { resultRows } from './sparql-results.js';
import { bulkLoad, skipVirtuoso, startVirtuoso, type Virtuoso } from './virtuoso.js';

const FIRST_LOAD = 'https://w3id.org/newsgraph/test/first-load';
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
  it('bulk-loads graph.nq with ld_dir: as many quads as the file has lines', async () => {
    await bulkLoad(virtuoso, out, FIRST_LOAD);
    const rows = resultRows(await virtuoso.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${FIRST_LOAD}> { ?s ?p ?o } }`));
    expect(Number(rows[0]!.n)).toBe(quadCount(out));
  });
});
