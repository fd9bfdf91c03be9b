import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { formatReviewStatsJson, formatReviewStatsTable } from '../report/format-review-stats.js';
import { reviewStats } from '../report/review-stats.js';
import { parseVerdictFile } from '../report/verdicts.js';

export function registerReviewStats(program: Command): void {
  program
    .command('review-stats')
    .description('Precision per predicate and per rule from verdict files exported by report.html.')
    .argument('<verdicts...>', 'verdict files (JSON, "Export verdicts" in report.html)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText(
      'after',
      `
Several files (several analysts, or later exports of the same review) are read in order; a statement
judged again in a later file counts once, with the later verdict. Rows are sorted worst first.

Example:
  newsgraph review-stats ~/Downloads/verdicts-3f2a9c01d4e5b6a7.json`,
    )
    .action(async (paths: string[], opts: { format: 'table' | 'json' }) => {
      const files = await Promise.all(paths.map(async (path) => parseVerdictFile(await readVerdictText(path), path)));
      const stats = reviewStats(files);
      process.stdout.write(opts.format === 'json' ? formatReviewStatsJson(stats) : formatReviewStatsTable(stats));
    });
}

async function readVerdictText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read verdict file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
