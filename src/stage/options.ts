/**
 * What a stage factory needs to read its options from a pipeline file: typed readers whose messages name the
 * option, and the error a bad pipeline file (or a stage's bad option) is refused with. It lives with the stage
 * contract, below both the stages and the pipeline that loads them, so neither imports the other's folder.
 */
export class PipelineConfigError extends Error {
  constructor(where: string, problem: string) {
    super(`invalid pipeline ${where}: ${problem}`);
    this.name = 'PipelineConfigError';
  }
}

/** Small helpers for stage factories to read their options with messages that name the option. */
export function optionString(options: Record<string, unknown>, key: string, stage: string, fallback: string): string {
  const v = options[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'string') throw new PipelineConfigError(`stage "${stage}"`, `option "${key}" must be a string`);
  return v;
}

export function optionNumber(
  options: Record<string, unknown>,
  key: string,
  stage: string,
  fallback: number,
  range: [number, number] = [-Infinity, Infinity],
): number {
  const v = options[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || Number.isNaN(v) || v < range[0] || v > range[1]) {
    throw new PipelineConfigError(`stage "${stage}"`, `option "${key}" must be a number in [${range[0]}, ${range[1]}]`);
  }
  return v;
}

export function optionBoolean(options: Record<string, unknown>, key: string, stage: string, fallback: boolean): boolean {
  const v = options[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new PipelineConfigError(`stage "${stage}"`, `option "${key}" must be true or false`);
  return v;
}

export function optionStringArray(options: Record<string, unknown>, key: string, stage: string, fallback: string[]): string[] {
  const v = options[key];
  if (v === undefined) return fallback;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new PipelineConfigError(`stage "${stage}"`, `option "${key}" must be an array of strings`);
  }
  return v as string[];
}

/** Refuses options a stage does not know, so a typo in a pipeline file is an error, not a silent default. */
export function checkOptionKeys(options: Record<string, unknown>, stage: string, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new PipelineConfigError(`stage "${stage}"`, `unknown option "${key}" (known: ${known.join(', ') || 'none'})`);
    }
  }
}
