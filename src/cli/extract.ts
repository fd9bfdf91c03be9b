import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { defaultPipelineFile } from '../model/package-root.js';
import { isoDateOf } from '../read/iso-date.js';
import { supportedExtensions } from '../read/discover.js';
import { checkInputs, checkOutputFolder } from './check-paths.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract an entity graph from files and folders of news/OSINT text into the --out folder.')
    .argument('[inputs...]', `files and folders (recursive); types: ${supportedExtensions.join(' ')}`)
    .option('-o, --out <dir>', 'output folder (graph.jsonld, graph.nq, triples.tsv, manifest.json, report.html)', 'output')
    .option('-p, --pipeline <file>', 'pipeline definition (JSON)', defaultPipelineFile())
    .option('-r, --reference-date <YYYY-MM-DD>', 'reference date for relative dates in every document (overrides document metadata)')
    .addOption(new Option('-c, --concurrency <n>', 'worker threads (1 = this thread; at most the machine\'s cores, more is capped with a warning)').default(1).argParser(positiveInt))
    .addOption(new Option('-m, --mentions <layer>', 'NIF mention and date phrases in the graph: all, those statements point at (linked), or none').choices(['all', 'linked', 'none']).default('all'))
    .option('-q, --quiet', 'no progress or summary; errors only')
    .option('--resume', 'finish an interrupted run in --out: reuse its finished shards, process only the other documents')
    .option('--force', 'replace the outputs of another run in a non-empty --out folder')
    .option('--keep-shards', 'keep the per-batch shards in <out>/.newsgraph/ after the outputs are written')
    .option('--stdin', 'read JSONL records from standard input instead of <inputs> (needs --ndjson)')
    .option('--ndjson', 'with --stdin: write one JSON line per document (its shard) on standard output, for `newsgraph merge --shards`')
    .option('--name <name>', 'with --stdin: the input\'s name as the graph records it (its path as `extract <name>` would give it)', 'stdin.jsonl')
    .addHelpText(
      'after',
      `
Inputs: .txt/.text/.md/.markdown files are one document each (a file may hold several short articles
separated by headline lines; markdown front matter may give title/date/url). .jsonl/.ndjson/.json files hold
records {"id", "text", "date"?, "title"?, "url"?}, one document each. Skipped, and listed in manifest.json:
other file types, hidden files and folders, node_modules, anything not a regular file (FIFOs, sockets),
links to a folder already read, and newsgraph output folders.

A file that cannot be read or decoded, or a JSON/JSONL record that cannot be read, is
recorded as failed in manifest.json with its reason; the rest of the batch goes on. Exit code: 0 all inputs read, 1 some
inputs failed or there was nothing to read (outputs still written), 2 usage or fatal error (a missing
input, an --out that cannot be written, a bad pipeline or option).

Example:
  newsgraph extract reports/ --out output --reference-date 2025-11-14 --concurrency 2`,
    )
    .action(async (inputs: string[], opts: ExtractFlags) => {
      const runStart = performance.now();
      let referenceDate: string | undefined;
      if (opts.referenceDate !== undefined) {
        referenceDate = /^\d{4}-\d{2}-\d{2}$/.test(opts.referenceDate) ? isoDateOf(opts.referenceDate) : undefined;
        if (!referenceDate) throw new Error(`--reference-date must be a valid date as YYYY-MM-DD, got "${opts.referenceDate}"`);
      }
      // The line-streaming mode for other engines lives in its own module (cli/extract-stdin.ts).
      if (opts.stdin || opts.ndjson) {
        if (!opts.stdin || !opts.ndjson || inputs.length > 0) throw new Error('--stdin and --ndjson go together, without <inputs>');
        const { extractStdin } = await import('./extract-stdin.js');
        return extractStdin({ pipeline: opts.pipeline, name: opts.name, quiet: opts.quiet, mentions: opts.mentions, ...(referenceDate ? { referenceDate } : {}) });
      }
      if (inputs.length === 0) throw new Error("missing required argument 'inputs' (or --stdin --ndjson)");
      checkInputs(inputs);
      checkOutputFolder(resolve(opts.out));
      // The pipeline's modules (wink model, gazetteer index, compromise) load only when extraction runs,
      // so `--help` and the other commands start fast.
      const [{ extractRun }, { OUTPUT_FILES }, { loadPipelineConfig }, { progress }] = await Promise.all([
        import('../run/extract-run.js'),
        import('../sinks/output-files.js'),
        import('../pipeline/pipeline.js'),
        import('../run/progress.js'),
      ]);
      const pipeline = loadPipelineConfig(opts.pipeline);
      const shown = progress(opts.quiet ? 'quiet' : process.stderr.isTTY ? 'tty' : 'plain');
      // An interrupt ends the run at once: finished shards stay for --resume, and the outputs are either
      // the previous run's or, if the merge had finished, the new ones (publishing is synchronous, so a
      // signal is handled before or after it, never during).
      const onInterrupt = (): void => {
        shown.end();
        process.stderr.write('interrupted: outputs left as they were; finished shards are kept for --resume\n');
        process.exit(130);
      };
      process.once('SIGINT', onInterrupt);
      const outDir = resolve(opts.out);
      const { run, summary, reused } = await extractRun(inputs, outDir, {
        pipeline,
        concurrency: opts.concurrency,
        mentions: opts.mentions,
        ...(referenceDate ? { referenceDate } : {}),
        ...(opts.resume ? { resume: true } : {}),
        ...(opts.force ? { force: true } : {}),
        ...(opts.keepShards ? { keepShards: true } : {}),
        progress: shown,
      }).finally(() => process.off('SIGINT', onInterrupt));
      shown.end();
      for (const note of run.notes) process.stderr.write(`warning: ${note}\n`);
      // Nothing read: no input file other than skipped ones (hidden files, the run's own work folder …).
      const nothingRead = run.files.tally.skipped === run.files.tally.files;
      if (nothingRead) process.stderr.write(`warning: nothing to read in ${inputs.join(', ')} (no ${supportedExtensions.join(' ')} files)\n`);
      const failures = summary.failedRecords > 0 ? `${summary.failed} failed, ${summary.failedRecords} records failed` : `${summary.failed} failed`;
      if (!opts.quiet) {
        process.stdout.write(
          `${summary.documents} documents from ${summary.ok} files (${failures}${reused ? `; ${reused} documents reused from shards` : ''}): ${summary.entities} entities, ${summary.statements} statements\n` +
            `wrote ${outDir}/{${Object.values(OUTPUT_FILES).join(', ')}} in ${((performance.now() - runStart) / 1000).toFixed(1)} s\n`,
        );
      }
      process.exitCode = summary.failed > 0 || summary.failedRecords > 0 || nothingRead ? 1 : 0;
    });
}

interface ExtractFlags {
  out: string;
  pipeline: string;
  referenceDate?: string;
  concurrency: number;
  mentions: 'all' | 'linked' | 'none';
  quiet?: boolean;
  resume?: boolean;
  force?: boolean;
  keepShards?: boolean;
  stdin?: boolean;
  ndjson?: boolean;
  name: string;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--concurrency must be a whole number ≥ 1, got "${value}"`);
  return n;
}
