import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { formatResult, RESULT_FORMATS, type ResultFormat } from '../query/format-results.js';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('Run a SPARQL query over the graph of one or more output folders (loaded into an embedded Oxigraph store).')
    .argument('<args...>', 'output folders of `newsgraph extract` (or their graph.nq files), then the SPARQL query unless --file is given')
    .option('--file <query.rq>', 'read the SPARQL query from a file; then every argument is an output folder')
    .addOption(new Option('-f, --format <format>', 'result format').choices([...RESULT_FORMATS]).default('table'))
    .addHelpText(
      'after',
      `
Each folder's graph.nq is loaded into one store; entities with the same IRI from different batches are
one node. A SELECT prints a table (or SPARQL results JSON/CSV), ASK prints true/false, CONSTRUCT and
DESCRIBE print their triples. An invalid query exits with code 2.

Examples:
  newsgraph query output 'PREFIX ng: <https://w3id.org/newsgraph/ns#> SELECT ?s ?o WHERE { ?s ng:visited ?o }'
  newsgraph query batch-1 batch-2 --file examples/queries/visits.rq --format csv`,
    )
    .action(async (args: string[], opts: { file?: string; format: ResultFormat }) => {
      const { dirs, sparql } = await splitArguments(args, opts.file);
      // Oxigraph (WebAssembly) loads only for this command: ~0.3 s of CPU every other command would pay at start.
      const [{ loadOutputs }, { runQuery }] = await Promise.all([import('../query/load-store.js'), import('../query/run-query.js')]);
      const { store } = await loadOutputs(dirs);
      process.stdout.write(formatResult(runQuery(store, sparql), opts.format));
    });
}

async function splitArguments(args: string[], file: string | undefined): Promise<{ dirs: string[]; sparql: string }> {
  if (file !== undefined) {
    const sparql = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      throw new Error(`cannot read query file ${file}: ${err.code ?? err.message}`);
    });
    return { dirs: args, sparql };
  }
  if (args.length < 2) throw new Error('give one or more output folders and then the SPARQL query (or --file <query.rq>)');
  return { dirs: args.slice(0, -1), sparql: args[args.length - 1]! };
}
