import { Command } from 'commander';
import { vi } from 'vitest';
import { registerEvaluate } from '../../src/cli/evaluate.js';

/** Runs `newsgraph evaluate` in process with the given arguments and returns what it printed (restore the spies after each test). */
export async function runEvaluate(args: string[]): Promise<string> {
  const out: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  const program = new Command('newsgraph').exitOverride();
  registerEvaluate(program);
  await program.parseAsync(['node', 'newsgraph', 'evaluate', ...args]);
  return out.join('');
}
