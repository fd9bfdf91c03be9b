import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';

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
  /** Path relative to the input root, forward slashes (see `discoverInputs`). */
  relPath: string;
  format?: InputFormat;
  /** Why the file cannot be read as input (unsupported type, missing, unreadable folder). */
  problem?: string;
}

/**
 * Expands the command line's inputs (files and folders, folders recursively, following links) into a list
 * of files sorted by relative path. The input root is the one folder given, the folder of the one file
 * given, or — for several inputs — their common ancestor, so that relative paths never collide. Hidden
 * entries and node_modules are skipped; files of other types inside folders are listed with a problem so
 * the manifest shows they were not read, and a missing input or unreadable folder is an input that failed.
 */
export async function discoverInputs(inputs: readonly string[]): Promise<InputFile[]> {
  const roots = inputs.map((input) => resolve(input));
  const files: InputFile[] = [];
  const base = roots.length === 1 ? undefined : commonAncestor(roots);
  for (const root of roots) {
    let info;
    try {
      info = await stat(root);
    } catch (err) {
      files.push({ path: root, relPath: relPathOf(root, base ?? dirname(root)), problem: `cannot read input: ${errorCode(err)}` });
      continue;
    }
    const rootBase = base ?? (info.isDirectory() ? root : dirname(root));
    if (info.isDirectory()) {
      await walk(root, (path, problem) => files.push(describe(path, relPathOf(path, rootBase), problem)), new Set(), true);
    } else if (info.isFile()) {
      const file = describe(root, relPathOf(root, rootBase));
      if (!file.format) file.problem = `unsupported file type "${extname(root)}" (supported: ${supportedExtensions.join(' ')})`;
      files.push(file);
    } else {
      files.push({ path: root, relPath: relPathOf(root, rootBase), problem: 'not a regular file or folder' });
    }
  }
  const seen = new Set<string>();
  return files
    .sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0))
    .filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true)));
}

function relPathOf(path: string, base: string): string {
  return relative(base, path).split(sep).join('/') || basename(path);
}

function commonAncestor(paths: readonly string[]): string {
  let common = dirname(paths[0]!);
  for (const p of paths) {
    while (common !== dirname(common) && !(p === common || p.startsWith(common.endsWith(sep) ? common : common + sep))) common = dirname(common);
  }
  return common;
}

function describe(path: string, relPath: string, problem?: string): InputFile {
  if (problem) return { path, relPath, problem };
  const format = FORMATS[extname(path).toLowerCase()];
  return format ? { path, relPath, format } : { path, relPath, problem: `skipped: unsupported file type "${extname(path) || '(none)'}"` };
}

/**
 * Visits every regular file below `dir` once. A folder is known by its real path, so a link back up the tree
 * (`ln -s .. sub/loop`) or a second link to a folder already read is reported and not followed again (comparing
 * path strings followed a loop ~40 levels deep, issue #14). Anything that is not a regular file or a folder —
 * a FIFO, a socket, a device — is reported and never opened: opening a FIFO waits for a writer forever. A
 * newsgraph output folder (one with newsgraph's manifest.json) is reported and not read, so `--out` inside
 * an input folder does not feed a run its own outputs. Hidden entries and node_modules are reported as
 * skipped without being read. A folder that cannot be listed is reported, and the walk goes on.
 */
async function walk(dir: string, visit: (path: string, problem?: string) => void, seen: Set<string>, isRoot = false): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    visit(dir, `cannot read folder: ${errorCode(err)}`);
    return;
  }
  if (seen.has(real)) {
    visit(dir, `skipped: the same folder as one already read (${real}), through a link`);
    return;
  }
  seen.add(real);
  if (await isOutputFolder(dir)) {
    visit(dir, `skipped: a newsgraph output folder (it holds newsgraph's manifest.json)${isRoot ? '; give the input folders instead' : ''}`);
    return;
  }
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    visit(dir, `cannot read folder: ${errorCode(err)}`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.name.startsWith('.') || e.name === 'node_modules') {
      visit(path, e.name === 'node_modules' ? 'skipped: node_modules folder' : 'skipped: hidden file or folder');
      continue;
    }
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        visit(path, `cannot read input: ${errorCode(err)}`);
        continue;
      }
    }
    if (isDir) await walk(path, visit, seen);
    else if (isFile) visit(path);
    else visit(path, 'skipped: not a regular file (a FIFO, socket or device is never opened)');
  }
}

/** True when `dir` holds a manifest.json written by newsgraph. */
async function isOutputFolder(dir: string): Promise<boolean> {
  try {
    const file = join(dir, 'manifest.json');
    // Only a regular file is read (see walk: a FIFO would never answer).
    if (!(await stat(file)).isFile()) return false;
    const manifest = JSON.parse(await readFile(file, 'utf8')) as { tool?: { name?: unknown } };
    return manifest.tool?.name === 'newsgraph';
  } catch {
    return false;
  }
}

const errorCode = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? (err as Error).message;
