import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Option, type Command } from 'commander';
import { defaultPipelineFile } from '../model/package-root.js';

interface EvaluateCliOptions {
  gold: string;
  pipeline: string;
  format?: 'jsonl' | 'conll' | 'standoff';
  texts?: string;
  types?: string;
  json?: string;
  errors?: boolean;
  limit?: number;
  matchSentence?: boolean;
  predictedBy?: string;
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
    .requiredOption('-g, --gold <file>', 'gold file: JSONL records (.jsonl) or CoNLL columns with IOB1/IOB2 tags')
    .option('-p, --pipeline <file>', 'pipeline definition (JSON)', defaultPipelineFile())
    .addOption(new Option('--format <format>', 'gold file format (default: from the extension: .standoff.jsonl, .jsonl, else CoNLL)').choices(['jsonl', 'conll', 'standoff']))
    .option(
      '--texts <dir>',
      'folder of the texts that stand-off gold records point into (default: $NEWSGRAPH_CORPUS_DIR, else ../shared/corpus/isw beside the package; for records of sentence windows, "lines", $NEWSGRAPH_TRAIN_DIR, else ../shared/train)',
    )
    .option('-t, --types <mapping.json>', 'mapping of gold labels to the project types and predicates, laid over the defaults')
    .option('--json <out.json>', 'also write the full report as JSON')
    .option('-e, --errors', 'list false positives and misses with their context')
    .option('-n, --limit <n>', 'evaluate only the first n documents', positiveInt)
    .option(
      '--predicted-by <file>',
      'score this file\'s annotations (a second annotator\'s, of some or all of the gold records, matched by id) in place of the pipeline\'s output, over the records it annotates: agreement between annotators under the same scoring',
    )
    .option('--match-sentence', 'match a predicted relation only at its stating sentence (the rule before 2026-12-07), not also a gold relation of the same predicate and argument entities elsewhere in its paragraph')
    .addHelpText(
      'after',
      `
Scores: entity mentions per gold label (exact and overlapping spans), temporal expressions TempEval-3 style
(strict/relaxed span, value), relations per gold label (arguments overlapping or exact; a prediction matches gold at
its stating sentence, else once a gold relation of its paragraph with the same predicate and argument words, since
gold records a statement once per paragraph). Default label
mapping: PER→Person, LOC/GPE→Place, ORG→Organization or MilitaryUnit, UNIT→MilitaryUnit, MISC not scored;
DATE/TIME/DURATION/SET are temporal expressions. Labels left unscored are listed with their counts.
Methods, mapping file format and measured results: docs/evaluation.md.

Examples:
  newsgraph evaluate --gold eng.testb --format conll --errors --json results/conll.json
  newsgraph evaluate --gold gold/isw/isw-dev.standoff.jsonl --texts ../shared/corpus/isw --errors
  newsgraph evaluate --gold gold/news/gmb-dev.standoff.jsonl        # windows of ../shared/train/gmb.jsonl
  newsgraph evaluate --gold gold/isw/isw-dev.standoff.jsonl --predicted-by gold/isw/agreement/blind22-second.standoff.jsonl`,
    )
    .action(async (opts: EvaluateCliOptions) => {
      // The pipeline's modules (wink model, gazetteer index) load only when the command runs.
      const [{ evaluateDocuments, evaluatePredictions }, { formatErrors, formatReport }, { defaultMapping, loadMapping }, { formatOf, readGold }] = await Promise.all([
        import('../eval/evaluate.js'),
        import('../eval/format-report.js'),
        import('../eval/mapping.js'),
        import('../eval/read-gold.js'),
      ]);
      const format = opts.format ?? formatOf(opts.gold);
      const mapping = opts.types ? loadMapping(opts.types) : defaultMapping;
      const golds = readGold(opts.gold, format, opts.texts).slice(0, opts.limit);
      const options = { mapping, errors: opts.errors === true, relationMatch: opts.matchSentence ? ('sentence' as const) : ('paragraph' as const) };
      let report: Awaited<ReturnType<typeof evaluateDocuments>>;
      let scored: string;
      let pipelineFile: string | undefined;
      if (opts.predictedBy !== undefined) {
        const second = opts.predictedBy;
        const { pairAnnotations, predictionsFromGold } = await import('../eval/gold-predictions.js');
        const paired = pairAnnotations(golds, readGold(second, formatOf(second), opts.texts), second);
        report = evaluatePredictions(paired.golds, (gold) => ({ predictions: predictionsFromGold(paired.second.get(gold.id)!, mapping), tokens: 0 }), options);
        scored = `the annotations of ${second} (${paired.golds.length} of the gold file's ${golds.length} records: those it annotates)`;
      } else {
        const [{ pipelineAnnotator }, { loadPipeline }] = await Promise.all([import('../eval/annotate.js'), import('../pipeline/pipeline.js')]);
        const pipeline = await loadPipeline(opts.pipeline);
        report = evaluateDocuments(golds, pipelineAnnotator(pipeline, opts.gold), options);
        scored = `pipeline "${pipeline.config.name}"`;
        pipelineFile = pipeline.config.file ?? pipeline.config.name;
      }
      process.stdout.write(formatReport(report, `newsgraph evaluate: ${opts.gold} (${format}), ${scored}`));
      if (report.errors) process.stdout.write(formatErrors(report.errors));
      if (opts.json) {
        mkdirSync(dirname(opts.json), { recursive: true });
        const meta = { goldFile: opts.gold, format, ...(opts.predictedBy !== undefined ? { predictedBy: opts.predictedBy } : { pipeline: pipelineFile }) };
        writeFileSync(opts.json, JSON.stringify({ ...meta, ...report }, null, 2) + '\n');
      }
    });
}
