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
