import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../model/package-root.js';

const loaded = new Map<string, unknown>();

/** Reads one curated rule table from `gazetteers/rules/` (parsed once per process). */
export function ruleData<T>(file: string): T {
  let data = loaded.get(file);
  if (data === undefined) {
    data = JSON.parse(readFileSync(join(packageRoot(), 'gazetteers', 'rules', file), 'utf8')) as unknown;
    loaded.set(file, data);
  }
  return data as T;
}
