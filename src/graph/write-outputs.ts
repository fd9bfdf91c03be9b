import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtractResult } from '../run/extract.js';
import { buildGraph, type Graph } from './build-graph.js';
import { buildManifest } from './manifest.js';
import { writeJsonLd } from './write-jsonld.js';
import { writeNQuads } from './write-nquads.js';
import { serializeTsv } from './write-tsv.js';
import { renderReport } from '../report/render-report.js';
import { reportSummary } from '../report/summary.js';

export const OUTPUT_FILES = {
  jsonld: 'graph.jsonld',
  nquads: 'graph.nq',
  tsv: 'triples.tsv',
  manifest: 'manifest.json',
  report: 'report.html',
} as const;

/** Prefix of the names outputs are written under before they are renamed into place. */
const TEMP_PREFIX = '.newsgraph-partial-';

/**
 * Writes every output of a run into `outDir` and returns the graph (for callers that want to query it).
 *
 * An interrupted run must never leave a complete-looking output set (issue #14): every file is written
 * under a temporary name in `outDir` first; only when all of them are complete are the previous run's
 * outputs removed — the manifest first, so a set without its manifest is known to be incomplete — and the
 * new files renamed into place, the manifest last. A kill at any moment leaves either the old set, the new
 * set, or a set without manifest.json; never a half-written file under a final name, and never old and new
 * files side by side. Temporary files a killed run left behind are removed by the next run.
 */
export async function writeOutputs(result: ExtractResult, outDir: string): Promise<Graph> {
  await mkdir(outDir, { recursive: true });
  await removeStaleTemporaries(outDir);
  const t0 = performance.now();
  const temp = (name: string): string => join(outDir, `${TEMP_PREFIX}${process.pid}-${name}`);
  const graph = buildGraph(result.documents);
  await writeJsonLd(graph, temp(OUTPUT_FILES.jsonld));
  await writeNQuads(graph, temp(OUTPUT_FILES.nquads));
  await writeFile(temp(OUTPUT_FILES.tsv), serializeTsv(graph.statements));
  await writeFile(temp(OUTPUT_FILES.report), renderReport(graph, result.documents, reportSummary(result, graph)));
  result.timings.write = performance.now() - t0;
  await writeFile(temp(OUTPUT_FILES.manifest), `${JSON.stringify(buildManifest(result, graph, { ...OUTPUT_FILES }), null, 2)}\n`);
  const order = [OUTPUT_FILES.manifest, OUTPUT_FILES.jsonld, OUTPUT_FILES.nquads, OUTPUT_FILES.tsv, OUTPUT_FILES.report];
  for (const name of order) await rm(join(outDir, name), { force: true });
  for (const name of order.slice(1)) await rename(temp(name), join(outDir, name));
  await rename(temp(OUTPUT_FILES.manifest), join(outDir, OUTPUT_FILES.manifest));
  return graph;
}

/** Removes the temporary files of an earlier run that was killed while writing into `outDir`. */
async function removeStaleTemporaries(outDir: string): Promise<void> {
  for (const name of await readdir(outDir)) {
    if (name.startsWith(TEMP_PREFIX)) await rm(join(outDir, name), { force: true });
  }
}
