import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';

/**
 * Checks, before any work, that `extract` can read its inputs and write its outputs, so that a typo or a
 * read-only folder fails at once with a sentence instead of a bare EEXIST/EACCES after minutes of
 * extraction (issue #14). Throws an Error whose message says what is wrong.
 */
export function checkInputs(inputs: readonly string[]): void {
  const missing = inputs.filter((input) => !existsSync(input));
  if (missing.length > 0) throw new Error(`input not found: ${missing.join(', ')} (give files or folders that exist)`);
}

/** Creates the output folder when needed and checks that files can be written into it. */
export function checkOutputFolder(dir: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new Error(`--out ${dir} is a file, not a folder: give a folder for the outputs`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new Error(`cannot create the output folder ${dir}: ${explainCode(err)}`);
  }
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new Error(`cannot write into the output folder ${dir}: ${explainCode(err)}`);
  }
}

const EXPLANATIONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'no space left on the device',
  ENOENT: 'no such file or folder',
};

/** A system error as a few words, with its code: "permission denied (EACCES)". */
export function explainCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code && EXPLANATIONS[code]) return `${EXPLANATIONS[code]} (${code})`;
  return code ?? (err as Error).message;
}
