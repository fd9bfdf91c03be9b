import { packageVersion } from '../model/package-root.js';
import type { Graph } from '../graph/build-graph.js';
import type { ExtractResult } from '../run/extract.js';

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
  return {
    tool: `newsgraph ${packageVersion()}`,
    pipeline: result.pipeline.name,
    files: result.files.length,
    failedFiles: result.files.filter((f) => f.status === 'failed').length,
    documents: result.documents.length,
    entities: graph.entities.size,
    mentions: result.documents.reduce((n, d) => n + d.mentions.filter((m) => m.form !== 'demonym').length, 0),
    dates: result.documents.reduce((n, d) => n + d.dates.length, 0),
    statements: graph.statements.length,
  };
}
