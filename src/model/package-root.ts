import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * Root folder of the newsgraph package, found by walking up from this module to the package.json named
 * "newsgraph". Works both from the TypeScript sources (tests) and from the compiled `dist/`.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'newsgraph') return (cached = dir);
      } catch {
        /* not ours: keep walking */
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('newsgraph: cannot find the package root (package.json named "newsgraph")');
    dir = up;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The pipeline used when none is named: pipelines/default.json of the package. */
export const defaultPipelineFile = (): string => join(packageRoot(), 'pipelines', 'default.json');
