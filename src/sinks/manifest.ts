import { writeFile } from 'node:fs/promises';
import { packageVersion } from '../model/package-root.js';
import type { PipelineConfig } from '../pipeline/config.js';
import type { RunSummary } from '../model/run-summary.js';

export interface ManifestFacts {
  pipeline: PipelineConfig;
  summary: RunSummary;
  outputs: Record<string, string>;
  notes: string[];
  files: unknown[];
  messages: unknown[];
  timings: Record<string, number>;
}

/**
 * manifest.json: what was read and how it went — every input file with its sha256, status and counts,
 * plus tool version, pipeline and timings; `complete: true` once every output is written (it is the last
 * file to appear). Message spans are code points, like every offset of the output. The only output that
 * may differ between identical runs (timings).
 */
export async function writeManifest(path: string, facts: ManifestFacts): Promise<void> {
  const manifest = {
    tool: { name: 'newsgraph', version: packageVersion() },
    complete: true,
    pipeline: { name: facts.pipeline.name, file: facts.pipeline.file ?? null, stages: facts.pipeline.stages },
    summary: facts.summary,
    outputs: facts.outputs,
    notes: facts.notes,
    files: facts.files,
    messages: facts.messages,
    timingsMs: Object.fromEntries(Object.entries(facts.timings).map(([k, v]) => [k, Math.round(v)])),
  };
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
