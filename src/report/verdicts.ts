/**
 * The verdict file the report exports and `newsgraph review-stats` reads: one analyst's judgement of
 * triples of one run. Each verdict repeats the statement's predicate and rule so the file can be scored
 * without the run's output folder.
 */
export const VERDICT_FORMAT = 'newsgraph-verdicts';
export const VERDICT_VERSION = 1;
export const VERDICT_VALUES = ['correct', 'wrong'] as const;
export type VerdictValue = (typeof VERDICT_VALUES)[number];

export interface Verdict {
  statement: string;
  verdict: VerdictValue;
  predicate: string;
  rule: string;
  subject?: string;
  object?: string;
  document?: string;
}

export interface VerdictFile {
  format: typeof VERDICT_FORMAT;
  version: number;
  run: string;
  verdicts: Verdict[];
}

export class VerdictFileError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'VerdictFileError';
  }
}

/** Parses and checks an exported verdict file; `where` names it in error messages. */
export function parseVerdictFile(text: string, where: string): VerdictFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new VerdictFileError(where, `not JSON (${(err as Error).message})`);
  }
  if (!isObject(raw) || raw.format !== VERDICT_FORMAT) {
    throw new VerdictFileError(where, `not a verdict file (expected "format": "${VERDICT_FORMAT}", as exported by report.html)`);
  }
  if (raw.version !== VERDICT_VERSION) throw new VerdictFileError(where, `unsupported version ${String(raw.version)} (this newsgraph reads version ${VERDICT_VERSION})`);
  if (typeof raw.run !== 'string') throw new VerdictFileError(where, '"run" must be a string');
  if (!Array.isArray(raw.verdicts)) throw new VerdictFileError(where, '"verdicts" must be an array');
  const verdicts = raw.verdicts.map((v, i) => checkVerdict(v, `${where}: verdicts[${i}]`));
  return { format: VERDICT_FORMAT, version: VERDICT_VERSION, run: raw.run, verdicts };
}

function checkVerdict(v: unknown, where: string): Verdict {
  if (!isObject(v)) throw new VerdictFileError(where, 'must be an object');
  for (const key of ['statement', 'predicate', 'rule'] as const) {
    if (typeof v[key] !== 'string' || v[key] === '') throw new VerdictFileError(where, `"${key}" must be a non-empty string`);
  }
  if (!(VERDICT_VALUES as readonly unknown[]).includes(v.verdict)) {
    throw new VerdictFileError(where, `"verdict" must be one of ${VERDICT_VALUES.join(', ')}, got ${JSON.stringify(v.verdict)}`);
  }
  const out: Verdict = { statement: v.statement as string, verdict: v.verdict as VerdictValue, predicate: v.predicate as string, rule: v.rule as string };
  for (const key of ['subject', 'object', 'document'] as const) if (typeof v[key] === 'string') out[key] = v[key];
  return out;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
