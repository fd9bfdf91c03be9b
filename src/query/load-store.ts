import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import oxigraph from 'oxigraph';

export type Store = InstanceType<typeof oxigraph.Store>;

export interface LoadedOutput {
  dir: string;
  /** Quads in the folder's graph.nq. */
  quads: number;
}

const NQUADS = 'application/n-quads';

/**
 * Loads the graph.nq of each output folder into one in-memory Oxigraph store. Entity IRIs depend only on
 * the entity's key, so loading several batches merges their entities into single nodes (an RDF store
 * keeps each triple once), which is what an incremental load into a graph database does as well.
 */
export async function loadOutputs(dirs: readonly string[]): Promise<{ store: Store; loaded: LoadedOutput[] }> {
  const store = new oxigraph.Store();
  const loaded: LoadedOutput[] = [];
  for (const dir of dirs) {
    const file = await graphFileOf(dir);
    const text = await readFile(file, 'utf8');
    try {
      store.load(text, { format: NQUADS });
    } catch (err) {
      throw new Error(`cannot load ${file}: ${(err as Error).message}`);
    }
    loaded.push({ dir: resolve(dir), quads: countLines(text) });
  }
  return { store, loaded };
}

/** An output folder (or a graph.nq given directly) → its graph.nq, with a message that says what is missing. */
export async function graphFileOf(path: string): Promise<string> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new Error(`no such output folder: ${path}`);
  if (info.isFile()) return path;
  const file = join(path, 'graph.nq');
  if (!(await stat(file).catch(() => undefined))?.isFile()) throw new Error(`${path} has no graph.nq: is it the --out folder of newsgraph extract?`);
  return file;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
