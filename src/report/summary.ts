import { packageVersion } from '../model/package-root.js';
import type { RunSummary } from '../model/run-summary.js';

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

export function reportSummary(pipeline: string, summary: RunSummary): ReportSummary {
  const { files, documents, entities, mentions, dates, statements, failed } = summary;
  return { tool: `newsgraph ${packageVersion()}`, pipeline, files, failedFiles: failed, documents, entities, mentions, dates, statements };
}
