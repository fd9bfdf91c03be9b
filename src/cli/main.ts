import { Command, CommanderError } from 'commander';
import { packageVersion } from '../model/package-root.js';
import { registerExtract } from './extract.js';
import { registerMerge } from './merge.js';
import { registerEnqueue } from './enqueue.js';
import { registerWorker } from './worker.js';
import { registerStatus } from './status.js';
import { registerEvaluate } from './evaluate.js';
import { registerQuery } from './query.js';
import { registerReviewStats } from './review-stats.js';
import { registerUpdate } from './update.js';

/** Builds the `newsgraph` program; each command lives in its own module under src/cli/. */
export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('Turn folders of English news and OSINT reporting into an entity graph with evidence for every triple.')
    .version(packageVersion())
    .showHelpAfterError()
    .exitOverride();
  registerExtract(program);
  registerMerge(program);
  registerEnqueue(program);
  registerWorker(program);
  registerStatus(program);
  registerEvaluate(program);
  registerQuery(program);
  registerReviewStats(program);
  registerUpdate(program);
  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 some inputs failed, 2 usage or fatal error). */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  process.exitCode = undefined; // commands set it; a previous in-process run must not leak into this one
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    process.stderr.write(`newsgraph: ${(err as Error).message}\n`);
    return 2;
  }
}
