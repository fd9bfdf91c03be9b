import { Option, type Command } from 'commander';
import { defaultPipelineFile } from '../model/package-root.js';
import { isoDateOf } from '../read/iso-date.js';

interface EnqueueFlags {
  redis: string;
  run: string;
  out: string;
  pipeline: string;
  referenceDate?: string;
  mentions: 'all' | 'linked' | 'none';
  attempts: number;
  quiet?: boolean;
}

export const DEFAULT_REDIS = process.env.NEWSGRAPH_REDIS ?? 'redis://127.0.0.1:6379/0';

export function registerEnqueue(program: Command): void {
  program
    .command('enqueue')
    .description('Queue mode: submit the documents of files and folders as jobs of run <name> on Redis, for `newsgraph worker`s on any machine.')
    .argument('<inputs...>', 'files and folders (recursive), on storage every worker sees at the same path')
    .option('--redis <url>', 'Redis of the queue (or $NEWSGRAPH_REDIS)', DEFAULT_REDIS)
    .requiredOption('--run <name>', 'the run these documents belong to (enqueue again with the same name to add new documents)')
    .option('-o, --out <dir>', "the run's output folder on shared storage: workers write the shards there, `merge` the outputs", 'output')
    .option('-p, --pipeline <file>', 'pipeline definition (JSON)', defaultPipelineFile())
    .option('-r, --reference-date <YYYY-MM-DD>', 'reference date for relative dates in every document')
    .addOption(new Option('-m, --mentions <layer>', 'NIF mention and date phrases in the graph: all, those statements point at (linked), or none').choices(['all', 'linked', 'none']).default('all'))
    .addOption(new Option('--attempts <n>', 'tries of a job before it is recorded as failed').default(3).argParser(Number))
    .option('-q, --quiet', 'no summary')
    .action(async (inputs: string[], opts: EnqueueFlags) => {
      const referenceDate = opts.referenceDate === undefined ? undefined : isoDateOf(opts.referenceDate);
      if (opts.referenceDate !== undefined && !referenceDate) throw new Error(`--reference-date must be a valid date as YYYY-MM-DD, got "${opts.referenceDate}"`);
      if (!Number.isInteger(opts.attempts) || opts.attempts < 1) throw new Error('--attempts must be a whole number ≥ 1');
      // The pipeline file is read and checked by stage names only: its stages' code runs in the workers.
      const [{ connect, checkRunName }, { enqueue }, { readPipelineFile }, { STAGE_NAMES }] = await Promise.all([
        import('../queue/connection.js'),
        import('../queue/enqueue.js'),
        import('../pipeline/config.js'),
        import('../pipeline/stage-names.js'),
      ]);
      const run = checkRunName(opts.run);
      const redis = connect(opts.redis);
      try {
        const r = await enqueue(redis, inputs, {
          run,
          pipeline: readPipelineFile(opts.pipeline, STAGE_NAMES),
          ...(referenceDate ? { referenceDate } : {}),
          mentions: opts.mentions,
          out: opts.out,
          attempts: opts.attempts,
          say: (line) => process.stderr.write(`${line}\n`),
        });
        if (!opts.quiet) process.stdout.write(`run ${run}: ${r.files} files, ${r.documents} documents; added ${r.added} new documents in ${r.jobs} jobs${r.requeued ? `; re-queued ${r.requeued} jobs an interrupted enqueue had not submitted` : ''}\n`);
      } finally {
        redis.disconnect();
      }
    });
}
