import { mkdir, writeFile } from 'node:fs/promises';
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

/** Writes every output of a run into `outDir` and returns the graph (for callers that want to query it). */
export async function writeOutputs(result: ExtractResult, outDir: string): Promise<Graph> {
  await mkdir(outDir, { recursive: true });
  const t0 = performance.now();
  const graph = buildGraph(result.documents);
  await writeJsonLd(graph, join(outDir, OUTPUT_FILES.jsonld));
  await writeNQuads(graph, join(outDir, OUTPUT_FILES.nquads));
  await writeFile(join(outDir, OUTPUT_FILES.tsv), serializeTsv(graph.statements));
  await writeFile(join(outDir, OUTPUT_FILES.report), renderReport(graph, result.documents, reportSummary(result, graph)));
  result.timings.write = performance.now() - t0;
  await writeFile(join(outDir, OUTPUT_FILES.manifest), `${JSON.stringify(buildManifest(result, graph, { ...OUTPUT_FILES }), null, 2)}\n`);
  return graph;
}
