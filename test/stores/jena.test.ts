import { join } from 'node:path';
import { newsgraph } from '../helpers/cli.js';
import { startJena, skipJena } from './jena.js';
import { storeScenario } from './scenario.js';
import { resultRows } from './sparql-results.js';

storeScenario('Apache Jena 4.5 TDB2 (Debian libapache-jena-java): tdb2.tdbloader, then newsgraph update-script + tdb2.tdbupdate', skipJena, async () => {
  const jena = startJena();
  return {
    bulkLoad: (outDir) => jena.load(join(outDir, 'graph.nq')),
    async update(outDir) {
      const script = join(outDir, 'update.ru');
      const r = await newsgraph(['update-script', outDir, '-o', script]);
      if (r.code !== 0) throw new Error(`newsgraph update-script failed (${r.code}): ${r.stderr}`);
      await jena.update(script);
    },
    select: async (query) => resultRows(await jena.select(query)),
    stop: async () => jena.stop(),
  };
});
