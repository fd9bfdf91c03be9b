import { packageVersion } from '../model/package-root.js';
import type { ExtractResult } from '../run/extract.js';
import type { Graph } from './build-graph.js';
import { runSummary } from './run-summary.js';
import { codePointOffsets } from '../model/offsets.js';

/**
 * manifest.json: what was read and how it went — every input file with its sha256, status and counts,
 * plus tool version, pipeline and timings. Message spans are code points, like every offset of the output. The only output that may differ between identical runs
 * (timings).
 */
export function buildManifest(result: ExtractResult, graph: Graph, outputs: Record<string, string>): Record<string, unknown> {
  return {
    tool: { name: 'newsgraph', version: packageVersion() },
    pipeline: { name: result.pipeline.name, file: result.pipeline.file ?? null, stages: result.pipeline.stages },
    summary: runSummary(result, graph),
    outputs,
    notes: result.notes,
    files: result.files,
    messages: result.documents.flatMap((d) => {
      const cp = codePointOffsets(d.text);
      return d.messages.map((m) => ({ document: d.id, ...m, ...(m.span ? { span: { start: cp(m.span.start), end: cp(m.span.end) } } : {}) }));
    }),
    timingsMs: Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(v)])),
  };
}
