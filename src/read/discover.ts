import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';

export type InputFormat = 'text' | 'markdown' | 'jsonl' | 'json';

const FORMATS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
};

export const supportedExtensions = Object.keys(FORMATS);

export interface InputFile {
  path: string;
  /** Path relative to its input root, forward slashes; prefixed by the root's name when several inputs are given. */
  relPath: string;
  format?: InputFormat;
  /** Why the file cannot be read as input (unsupported type, missing, not a file). */
  problem?: string;
}

/**
 * Expands the command line's inputs (files and folders, folders recursively) into a sorted list of files.
 * Hidden entries and node_modules are skipped; files of other types inside folders are listed with a
 * problem so the manifest shows they were not read, and a missing input is an input that failed.
 */
export async function discoverInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const prefixRoots = inputs.length > 1;
  for (const input of inputs) {
    const root = resolve(input);
    const rootName = basename(root);
    let info;
    try {
      info = await stat(root);
    } catch (err) {
      files.push({ path: root, relPath: input, problem: `cannot read input: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    if (info.isDirectory()) {
      for (const path of await walk(root)) {
        const rel = relative(root, path).split(sep).join('/');
        files.push(describe(path, prefixRoots ? `${rootName}/${rel}` : rel));
      }
    } else if (info.isFile()) {
      const file = describe(root, rootName);
      if (!file.format) file.problem = `unsupported file type "${extname(root)}" (supported: ${supportedExtensions.join(' ')})`;
      files.push(file);
    } else {
      files.push({ path: root, relPath: rootName, problem: 'not a regular file or folder' });
    }
  }
  const seen = new Set<string>();
  return files
    .sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0))
    .filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true)));
}

function describe(path: string, relPath: string): InputFile {
  const format = FORMATS[extname(path).toLowerCase()];
  return format ? { path, relPath, format } : { path, relPath, problem: `skipped: unsupported file type "${extname(path) || '(none)'}"` };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(path)));
    else if (e.isFile() || e.isSymbolicLink()) out.push(path);
  }
  return out;
}
