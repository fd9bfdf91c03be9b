import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPipeline } from '../pipeline/pipeline.js';
import { packageRoot } from '../model/package-root.js';
import { pipelineAnnotator } from './annotate.js';
import { compromiseAnnotator } from './compromise-baseline.js';
import { evaluateDocuments } from './evaluate.js';
import { defaultMapping, loadMapping } from './mapping.js';
import { readGold } from './read-gold.js';
import { detailHeader, detailTable, summaryTable, type SummaryRow } from './summary-markdown.js';

/**
 * `npm run evaluate:all`: evaluates every gold file of a folder (JSONL, CoNLL) and the project's stand-off
 * gold (`gold/isw/`, `gold/news/`: dev scored with its error list, test scores only) with one pipeline, writes
 * one JSON report per corpus and a Markdown summary (the table of docs/evaluation.md) next to them.
 * `--baseline` adds, for corpora with entity mentions, the same scores for compromise's own name finders.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      // The project's gold data lies in shared/eval beside the checkout.
      dir: { type: 'string', default: process.env.NEWSGRAPH_EVAL_DIR ?? join(packageRoot(), '..', 'shared', 'eval') },
      out: { type: 'string', default: 'bench/results/eval' },
      pipeline: { type: 'string' },
      types: { type: 'string' },
      baseline: { type: 'boolean', default: false },
      // The project's own stand-off gold (ISW paragraphs, dev and test split), read against the texts folder.
      'project-gold': { type: 'string', default: join(packageRoot(), 'gold', 'isw') },
      texts: { type: 'string' },
      // The news windows (GMB sentences, dev and test split), read against the folder of the sentence file
      // (default: NEWSGRAPH_TRAIN_DIR, else shared/train beside the checkout); its own option, so that
      // --texts given for the ISW reports does not send the news records to look for gmb.jsonl there.
      'news-gold': { type: 'string', default: join(packageRoot(), 'gold', 'news') },
      'news-texts': { type: 'string' },
    },
  });
  const dir = resolve(values.dir);
  const out = resolve(values.out);
  const goldFiles = (folder: string, pattern: RegExp): string[] =>
    existsSync(folder) ? readdirSync(folder).filter((f) => pattern.test(f)).sort().map((f) => join(folder, f)) : [];
  // Each gold file with the folder its stand-off records read (undefined: the reader's default).
  const files: Array<{ path: string; texts?: string }> = [
    ...goldFiles(dir, /\.(jsonl|conll|iob)$/i).map((path) => ({ path })),
    ...goldFiles(resolve(values['project-gold']), /\.standoff\.jsonl$/i).map((path) => ({ path, texts: values.texts })),
    ...goldFiles(resolve(values['news-gold']), /\.standoff\.jsonl$/i).map((path) => ({ path, texts: values['news-texts'] })),
  ];
  if (files.length === 0) throw new Error(`no gold files (.jsonl, .conll, .iob) in ${dir}`);
  const mapping = values.types ? loadMapping(values.types) : defaultMapping;
  const pipeline = await loadPipeline(values.pipeline);
  mkdirSync(out, { recursive: true });
  const rows: SummaryRow[] = [];
  for (const { path, texts } of files) {
    const corpus = basename(path).replace(/(\.standoff)?\.[^.]+$/, '');
    const t0 = performance.now();
    const golds = readGold(path, undefined, texts);
    // A test split is measured, never read for errors: its report holds the scores only.
    const heldOut = /(^|[-_.])test$/.test(corpus);
    const report = evaluateDocuments(golds, pipelineAnnotator(pipeline, path), { mapping, errors: !heldOut });
    const seconds = (performance.now() - t0) / 1000;
    writeFileSync(join(out, `${corpus}.json`), JSON.stringify({ corpus, goldFile: path, pipeline: pipeline.config.name, ...report }, null, 2) + '\n');
    process.stderr.write(`${corpus}: ${report.documents} documents, ${report.tokens} tokens in ${seconds.toFixed(1)} s\n`);
    rows.push({ corpus, report });
    if (values.baseline && report.gold.mentions > 0) {
      // The orientation row: compromise's own name finders, same gold, same scoring.
      const baseline = evaluateDocuments(golds, compromiseAnnotator(), { mapping });
      writeFileSync(join(out, `${corpus}.compromise.json`), JSON.stringify({ corpus, goldFile: path, pipeline: 'compromise baseline', ...baseline }, null, 2) + '\n');
      rows.push({ corpus: `${corpus} (compromise baseline)`, report: baseline, namesOnly: true });
    }
  }
  const markdown = `${summaryTable(rows)}\n${detailHeader}${rows.map(detailTable).join('')}`;
  writeFileSync(join(out, 'summary.md'), markdown);
  process.stdout.write(markdown);
  process.stderr.write(`reports written to ${out}\n`);
}

main().catch((err: Error) => {
  process.stderr.write(`evaluate:all: ${err.message}\n`);
  process.exitCode = 2;
});
