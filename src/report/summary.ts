import { packageVersion } from '../model/package-root.js';
import type { Graph } from '../graph/build-graph.js';
import type { ExtractResult } from '../run/extract.js';
import { runSummary } from '../graph/run-summary.js';

/** The run facts shown in the report's header: the manifest's counts, without timings (the report is deterministic). */
export interface ReportSummary {
  tool: string;
  pipeline: string;
  files: number;
  failedFiles: number;
  documents: number;
  entities: number;
  mentions: number;
  dates: number;
  statements: number;
}

export function reportSummary(result: ExtractResult, graph: Graph): ReportSummary {
  const { files, documents, entities, mentions, dates, statements, failed } = runSummary(result, graph);
  return {
    tool: `newsgraph ${packageVersion()}`,
    pipeline: result.pipeline.name,
    files, failedFiles: failed, documents, entities, mentions, dates, statements,
  };
}
