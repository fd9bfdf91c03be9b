import { entityMentions } from '../model/document.js';
import type { ExtractResult } from '../run/extract.js';
import type { Graph } from './build-graph.js';

/** The counts of a run, shared by manifest.json and the report's header. */
export interface RunSummary {
  files: number;
  ok: number;
  failed: number;
  skipped: number;
  /** Records of JSON/JSONL files that could not be read (no `text`, bad JSON, a cut-off last line): failed inputs too. */
  failedRecords: number;
  documents: number;
  entities: number;
  statements: number;
  /** Entity mentions (demonyms not counted) and date mentions. */
  mentions: number;
  dates: number;
}

export function runSummary(result: ExtractResult, graph: Graph): RunSummary {
  const status = (s: string): number => result.files.filter((f) => f.status === s).length;
  return {
    files: result.files.length,
    ok: status('ok'),
    failed: status('failed'),
    skipped: status('skipped'),
    failedRecords: result.files.reduce((n, f) => n + (f.problems?.length ?? 0), 0),
    documents: result.documents.length,
    entities: graph.entities.size,
    statements: graph.statements.length,
    mentions: result.documents.reduce((n, d) => n + entityMentions(d).length, 0),
    dates: result.documents.reduce((n, d) => n + d.dates.length, 0),
  };
}
