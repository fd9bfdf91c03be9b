import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Option, type Command } from 'commander';
import { pipelineAnnotator } from '../eval/annotate.js';
import { evaluateDocuments } from '../eval/evaluate.js';
import { formatErrors, formatReport } from '../eval/format-report.js';
import { defaultMapping, loadMapping } from '../eval/mapping.js';
import { formatOf, goldFormats, readGold, type GoldFormat } from '../eval/read-gold.js';
import { loadPipeline } from '../pipeline/pipeline.js';

interface EvaluateCliOptions {
  gold: string;
  pipeline?: string;
  format?: GoldFormat;
  types?: string;
  json?: string;
  errors?: boolean;
  limit?: number;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--limit must be a positive integer, not "${v}"`);
  return n;
}

/** `newsgraph evaluate`: runs the pipeline on gold-annotated texts and prints precision, recall and F1. */
export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('Run the pipeline on gold-annotated texts and report precision / recall / F1 for mentions, dates and relations.')
    .requiredOption('--gold <file>', 'gold file: JSONL records (.jsonl) or CoNLL columns with IOB1/IOB2 tags')
    .option('--pipeline <file>', 'pipeline file (default: pipelines/default.json)')
    .addOption(new Option('--format <format>', 'gold file format (default: from the extension)').choices(goldFormats))
    .option('--types <mapping.json>', 'mapping of gold labels to the project types and predicates, laid over the defaults')
    .option('--json <out.json>', 'also write the full report as JSON')
    .option('--errors', 'list false positives and misses with their context')
    .option('--limit <n>', 'evaluate only the first n documents', positiveInt)
    .action(async (opts: EvaluateCliOptions) => {
      const format = opts.format ?? formatOf(opts.gold);
      const mapping = opts.types ? loadMapping(opts.types) : defaultMapping;
      const golds = readGold(opts.gold, format).slice(0, opts.limit);
      const pipeline = await loadPipeline(opts.pipeline);
      const report = evaluateDocuments(golds, pipelineAnnotator(pipeline, opts.gold), { mapping, errors: opts.errors === true });
      const title = `newsgraph evaluate: ${opts.gold} (${format}), pipeline "${pipeline.config.name}"`;
      process.stdout.write(formatReport(report, title));
      if (report.errors) process.stdout.write(formatErrors(report.errors));
      if (opts.json) {
        mkdirSync(dirname(opts.json), { recursive: true });
        const meta = { goldFile: opts.gold, format, pipeline: pipeline.config.file ?? pipeline.config.name };
        writeFileSync(opts.json, JSON.stringify({ ...meta, ...report }, null, 2) + '\n');
      }
    });
}
