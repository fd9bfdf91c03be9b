import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';

interface MergeFlags {
  out: string;
  shards?: string[];
  redis?: string;
  run?: string;
  wait: boolean;
  quiet?: boolean;
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('Assemble the final outputs from shards made elsewhere: the lines of `extract --stdin --ndjson`, or a queue run.')
    .option('-o, --out <dir>', 'output folder (graph.jsonld, graph.nq, triples.tsv, manifest.json, report.html)', 'output')
    .option('--shards <files...>', 'files of shard lines written by `newsgraph extract --stdin --ndjson` (several streams may be concatenated)')
    .option('--redis <url>', 'with --run: the Redis of a queue run (redis://HOST:PORT/DB)')
    .option('--run <name>', 'with --redis: the queue run to merge (see `newsgraph enqueue`)')
    .option('--no-wait', 'with --run: refuse a run that still has queued or active jobs instead of waiting for it')
    .option('-q, --quiet', 'no progress or summary; errors only')
    .addHelpText(
      'after',
      `
Examples:
  newsgraph extract --stdin --ndjson --name wire.jsonl < wire.jsonl > part-0.ndjson
  newsgraph merge --shards part-*.ndjson --out output
  newsgraph merge --redis redis://queue-host:6379/0 --run archive-2026 --out output`,
    )
    .action(async (opts: MergeFlags) => {
      const outDir = resolve(opts.out);
      const say = (line: string): void => {
        if (!opts.quiet) process.stderr.write(`${line}\n`);
      };
      if (opts.shards && (opts.redis || opts.run)) throw new Error('--shards and --redis/--run are two different sources: give one');
      if (opts.shards) {
        const [{ readShardLines }, { mergeDistributed }, { workPaths }] = await Promise.all([
          import('../merge/line-input.js'),
          import('../merge/merge-run.js'),
          import('../sinks/output-files.js'),
        ]);
        const { work, shards } = workPaths(outDir);
        rmSync(work, { recursive: true, force: true });
        mkdirSync(shards, { recursive: true });
        const input = await readShardLines(opts.shards, shards);
        const summary = await mergeDistributed(input, outDir, (phase) => say(`merge: ${phase}`));
        rmSync(work, { recursive: true, force: true });
        report(summary, outDir, opts.quiet);
        return;
      }
      if (!opts.redis || !opts.run) throw new Error('give --shards <files…>, or --redis <url> with --run <name>');
      const { mergeQueueRun } = await import('./merge-queue.js');
      const summary = await mergeQueueRun({ redis: opts.redis, run: opts.run, outDir, wait: opts.wait, say, tty: !opts.quiet && process.stderr.isTTY === true });
      report(summary, outDir, opts.quiet);
    });
}

function report(summary: { documents: number; ok: number; failed: number; entities: number; statements: number }, outDir: string, quiet?: boolean): void {
  if (!quiet) {
    process.stdout.write(
      `${summary.documents} documents from ${summary.ok} files (${summary.failed} failed): ${summary.entities} entities, ${summary.statements} statements\nwrote ${outDir}\n`,
    );
  }
  process.exitCode = summary.failed > 0 ? 1 : 0;
}
