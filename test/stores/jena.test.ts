import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJena, skipJena, type JenaTdb2 } from './jena.js';
import { extractTo, quadCount } from './outputs.js';
import { resultRows } from './sparql-results.js';

async function count(j: JenaTdb2, pattern: string): Promise<number> {
  return Number(resultRows(await j.select(`SELECT (COUNT(*) AS ?n) WHERE { ${pattern} }`))[0]!.n);
}

let jena: JenaTdb2;
let out: string;

beforeAll(async () => {
  if (skipJena) return;
  jena = startJena();
  out = await extractTo(['test/fixtures/corpus']);
});

afterAll(() => {
  jena?.stop();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe.skipIf(skipJena)('Apache Jena 4.5 TDB2 (Debian libapache-jena-java)', () => {
  it('bulk-loads graph.nq with tdb2.tdbloader: as many quads as the file has lines, each in its named graph', async () => {
    await jena.load(join(out, 'graph.nq'));
    expect(await count(jena, 'GRAPH ?g { ?s ?p ?o }')).toBe(quadCount(out));
    expect(await count(jena, 'GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o }')).toBe(0);
  });
});
