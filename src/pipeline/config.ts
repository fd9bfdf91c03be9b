import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PipelineConfigError } from '../stage/options.js';

/**
 * A pipeline file (`pipelines/*.json`) declares the ordered stages and their options. It is validated
 * when loaded; a bad one is refused with a message naming the problem and where it is.
 */
export interface PipelineConfig {
  name: string;
  description?: string;
  stages: StageConfig[];
  /** Folder of the pipeline file: relative paths in stage options resolve against it. */
  baseDir: string;
  /** Path of the file it was loaded from, if any. */
  file?: string;
}

export interface StageConfig {
  stage: string;
  options: Record<string, unknown>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Checks the shape of a parsed pipeline file. `knownStages` are the registered stage names; stage options
 * are checked by each stage's factory (which knows its own options) when the pipeline is built.
 */
export function validatePipelineConfig(
  raw: unknown,
  knownStages: readonly string[],
  where: string,
  baseDir: string,
): PipelineConfig {
  if (!isPlainObject(raw)) throw new PipelineConfigError(where, 'the file must hold a JSON object');
  const allowed = new Set(['name', 'description', 'stages', '$schema']);
  for (const key of Object.keys(raw)) {
    if (!allowed.has(key)) throw new PipelineConfigError(where, `unknown top-level key "${key}" (allowed: name, description, stages)`);
  }
  if (typeof raw.name !== 'string' || raw.name.trim() === '') throw new PipelineConfigError(where, '"name" must be a non-empty string');
  if (raw.description !== undefined && typeof raw.description !== 'string') throw new PipelineConfigError(where, '"description" must be a string');
  if (!Array.isArray(raw.stages) || raw.stages.length === 0) throw new PipelineConfigError(where, '"stages" must be a non-empty array');
  const seen = new Set<string>();
  const stages: StageConfig[] = raw.stages.map((s, i) => {
    const at = `stages[${i}]`;
    if (!isPlainObject(s)) throw new PipelineConfigError(where, `${at} must be an object like {"stage": "tokenize", "options": {}}`);
    for (const key of Object.keys(s)) {
      if (key !== 'stage' && key !== 'options') throw new PipelineConfigError(where, `${at} has unknown key "${key}" (allowed: stage, options)`);
    }
    if (typeof s.stage !== 'string') throw new PipelineConfigError(where, `${at}.stage must be a string`);
    if (!knownStages.includes(s.stage)) {
      throw new PipelineConfigError(where, `${at}.stage "${s.stage}" is not a known stage (known: ${knownStages.join(', ')})`);
    }
    if (seen.has(s.stage)) throw new PipelineConfigError(where, `${at}.stage "${s.stage}" appears twice`);
    seen.add(s.stage);
    if (s.options !== undefined && !isPlainObject(s.options)) throw new PipelineConfigError(where, `${at}.options must be an object`);
    return { stage: s.stage, options: (s.options as Record<string, unknown> | undefined) ?? {} };
  });
  const base: PipelineConfig = { name: raw.name, stages, baseDir };
  if (typeof raw.description === 'string') base.description = raw.description;
  return base;
}

export function readPipelineFile(file: string, knownStages: readonly string[]): PipelineConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PipelineConfigError(path, `cannot read the file (${(err as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new PipelineConfigError(path, `not valid JSON (${(err as Error).message})`);
  }
  const config = validatePipelineConfig(raw, knownStages, path, dirname(path));
  config.file = path;
  return config;
}
