import { newsgraph } from '../helpers/cli.js';
import { storeScenario } from './scenario.js';
import { resultRows } from './sparql-results.js';
import { bulkLoad, skipVirtuoso, startVirtuoso } from './virtuoso.js';

/** The graph ld_dir gives to triples without one: graph.nq has none, so it must stay empty. */
const LD_DIR_GRAPH = 'https://w3id.org/newsgraph/test/ld-dir-default';

storeScenario('Virtuoso 7.2 (Debian virtuoso-opensource): ld_dir bulk load, then newsgraph load --endpoint', skipVirtuoso, async () => {
  const virtuoso = await startVirtuoso();
  return {
    async bulkLoad(outDir) {
      await bulkLoad(virtuoso, outDir, LD_DIR_GRAPH);
      const rows = resultRows(await virtuoso.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${LD_DIR_GRAPH}> { ?s ?p ?o } }`));
      if (rows[0]!.n !== '0') throw new Error(`${rows[0]!.n} quads landed in the ld_dir graph`);
    },
    async update(outDir) {
      const r = await newsgraph(['load', '--endpoint', virtuoso.endpoint, outDir, '--quiet']);
      if (r.code !== 0) throw new Error(`newsgraph load failed (${r.code}): ${r.stderr}`);
    },
    select: async (query) => resultRows(await virtuoso.select(query)),
    stop: () => virtuoso.stop(),
  };
});
