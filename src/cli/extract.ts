import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { defaultPipelineFile } from '../model/package-root.js';
import { isoDateOf } from '../read/iso-date.js';
import { supportedExtensions } from '../read/discover.js';
import { checkInputs, prepareOutputFolder } from './check-paths.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract an entity graph from files and folders of news/OSINT text into the --out folder.')
    .argument('<inputs...>', `files and folders (recursive); types: ${supportedExtensions.join(' ')}`)
    .option('-o, --out <dir>', 'output folder (graph.jsonld, graph.nq, triples.tsv, manifest.json, report.html)', 'output')
    .option('-p, --pipeline <file>', 'pipeline definition (JSON)', defaultPipelineFile())
    .option('-r, --reference-date <YYYY-MM-DD>', 'reference date for relative dates in every document (overrides document metadata)')
    .addOption(new Option('-c, --concurrency <n>', 'worker threads (1 = this thread; at most the machine\'s cores, more is capped with a note)').default(1).argParser(positiveInt))
    .option('-q, --quiet', 'no progress bar or summary; errors only')
    .addHelpText(
      'after',
      `
Inputs: .txt/.md files are one document each (a file may hold several short articles separated by
headline lines; markdown front matter may give title/date/url). .jsonl/.json files hold records
{"id", "text", "date"?, "title"?, "url"?}, one document each.

A file that cannot be read or decoded, or a JSON/JSONL record that cannot be read, is
recorded as failed in manifest.json with its reason; the rest of the batch goes on. Exit code: 0 all inputs read, 1 some
inputs failed or there was nothing to read (outputs still written), 2 usage or fatal error (a missing
input, an --out that cannot be written, a bad pipeline or option).

Example:
  newsgraph extract reports/ --out output --reference-date 2025-11-14 --concurrency 2`,
    )
    .action(async (inputs: string[], opts: { out: string; pipeline: string; referenceDate?: string; concurrency: number; quiet?: boolean }) => {
      const runStart = performance.now();
      let referenceDate: string | undefined;
      if (opts.referenceDate !== undefined) {
        referenceDate = /^\d{4}-\d{2}-\d{2}$/.test(opts.referenceDate) ? isoDateOf(opts.referenceDate) : undefined;
        if (!referenceDate) throw new Error(`--reference-date must be a valid date as YYYY-MM-DD, got "${opts.referenceDate}"`);
      }
      // The pipeline's modules (wink model, gazetteer index, compromise) load only when extraction runs,
      // so `--help` and the other commands start fast.
      const [{ extract }, { writeOutputs, OUTPUT_FILES }, { runSummary }, { loadPipelineConfig }] = await Promise.all([
        import('../run/extract.js'),
        import('../graph/write-outputs.js'),
        import('../graph/run-summary.js'),
        import('../pipeline/pipeline.js'),
      ]);
      checkInputs(inputs);
      const outDir = resolve(opts.out);
      prepareOutputFolder(outDir);
      const pipeline = loadPipelineConfig(opts.pipeline);
      const bar =
        !opts.quiet && process.stderr.isTTY
          ? new cliProgress.SingleBar({ format: 'extract [{bar}] {value}/{total} files | {file}', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
          : undefined;
      let started = false;
      const result = await extract(inputs, {
        pipeline,
        concurrency: opts.concurrency,
        ...(referenceDate ? { referenceDate } : {}),
        onFile: (file, done, total) => {
          if (bar && !started) {
            bar.start(total, 0, { file: '' });
            started = true;
          }
          bar?.update(done, { file: file.relPath });
          if (file.status === 'failed') {
            process.stderr.write(`${bar ? '\n' : ''}failed: ${file.relPath}: ${file.reason}\n`);
          }
          for (const p of file.problems ?? []) process.stderr.write(`warning: ${file.relPath} ${p.record}: ${p.reason}\n`);
        },
      });
      bar?.stop();
      for (const note of result.notes) process.stderr.write(`warning: ${note}\n`);
      if (result.files.length === 0) process.stderr.write(`warning: nothing to read in ${inputs.join(', ')} (no ${supportedExtensions.join(' ')} files)\n`);
      const graph = await writeOutputs(result, outDir);
      const { ok, failed, failedRecords } = runSummary(result, graph);
      if (!opts.quiet) {
        const failures = failedRecords > 0 ? `${failed} failed, ${failedRecords} records failed` : `${failed} failed`;
        process.stdout.write(
          `${result.documents.length} documents from ${ok} files (${failures}): ${graph.entities.size} entities, ${graph.statements.length} statements\n` +
            `wrote ${outDir}/{${Object.values(OUTPUT_FILES).join(', ')}} in ${((performance.now() - runStart) / 1000).toFixed(1)} s (writing ${(result.timings.write! / 1000).toFixed(1)} s)\n`,
        );
      }
      process.exitCode = failed > 0 || failedRecords > 0 || result.files.length === 0 ? 1 : 0;
    });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--concurrency must be a whole number ≥ 1, got "${value}"`);
  return n;
}
