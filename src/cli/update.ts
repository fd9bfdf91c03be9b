import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { triplesByGraph } from '../update/graphs-of-file.js';
import { postUpdates } from '../update/post-update.js';
import { updateRequests } from '../update/update-requests.js';

/** query/load-store.js loads Oxigraph (WebAssembly): only for these commands, not at every command's start. */
const graphFileOf = async (out: string): Promise<string> => (await import('../query/load-store.js')).graphFileOf(out);

const REPLACES = `
Re-processed documents replace their earlier graphs (same source path, and record id for JSONL records),
and the entities the batch describes replace their descriptions in the entity graph, so nothing piles up
(docs/graph-databases.md). For a first load into an empty store, a bulk loader of graph.nq is faster.`;

export function registerUpdate(program: Command): void {
  program
    .command('update-script')
    .description('Write the SPARQL Update that loads an output folder into a store holding earlier batches, replacing what they said.')
    .argument('<out>', 'output folder of `newsgraph extract` (or its graph.nq)')
    .option('-o, --output <file.ru>', 'write the update to this file instead of stdout')
    .addHelpText('after', `${REPLACES}\n\nExample:\n  newsgraph update-script batch-2 -o batch-2.ru && tdb2.tdbupdate --loc DB --update batch-2.ru`)
    .action(async (out: string, opts: { output?: string }) => {
      const requests = [...updateRequests(await triplesByGraph(await graphFileOf(out)))];
      const text = `${requests.join(' ;\n')}\n`;
      if (opts.output) await writeFile(opts.output, text);
      else process.stdout.write(text);
    });
  program
    .command('load')
    .description('Load an output folder into a SPARQL 1.1 Update endpoint, replacing what earlier batches said about the same documents and entities.')
    .argument('<out>', 'output folder of `newsgraph extract` (or its graph.nq)')
    .requiredOption('--endpoint <url>', 'the SPARQL Update endpoint (e.g. http://127.0.0.1:8890/sparql for Virtuoso)')
    .option('--quiet', 'print nothing on success')
    .addHelpText('after', `${REPLACES}\n\nExample:\n  newsgraph load --endpoint http://127.0.0.1:8890/sparql batch-2`)
    .action(async (out: string, opts: { endpoint: string; quiet?: boolean }) => {
      const file = await graphFileOf(out);
      const n = await postUpdates(opts.endpoint, updateRequests(await triplesByGraph(file)));
      if (!opts.quiet) process.stderr.write(`loaded ${file} into ${opts.endpoint} (${n} update requests)\n`);
    });
}
