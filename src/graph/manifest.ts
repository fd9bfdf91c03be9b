import { packageVersion } from '../model/package-root.js';
import type { ExtractResult } from '../run/extract.js';
import type { Graph } from './build-graph.js';

/**
 * manifest.json: what was read and how it went — every input file with its sha256, status and counts,
 * plus tool version, pipeline and timings. The only output that may differ between identical runs
 * (timings).
 */
export function buildManifest(result: ExtractResult, graph: Graph, outputs: Record<string, string>): Record<string, unknown> {
  const failed = result.files.filter((f) => f.status === 'failed').length;
  return {
    tool: { name: 'newsgraph', version: packageVersion() },
    pipeline: { name: result.pipeline.name, file: result.pipeline.file ?? null, stages: result.pipeline.stages },
    summary: {
      files: result.files.length,
      ok: result.files.filter((f) => f.status === 'ok').length,
      failed,
      skipped: result.files.filter((f) => f.status === 'skipped').length,
      documents: result.documents.length,
      entities: graph.entities.size,
      statements: graph.statements.length,
      mentions: result.documents.reduce((n, d) => n + d.mentions.filter((m) => m.form !== 'demonym').length, 0),
      dates: result.documents.reduce((n, d) => n + d.dates.length, 0),
    },
    outputs,
    files: result.files,
    messages: result.documents.flatMap((d) => d.messages.map((m) => ({ document: d.id, ...m }))),
    timingsMs: Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(v)])),
  };
}
