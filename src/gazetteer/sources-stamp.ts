import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The build's record of what it was built from: a hash of every file in gazetteers/curated/, written beside the
 * index. The index is git-ignored and built by `prepare`, so after a pull that changes a curated list the old
 * index went on being used without a word (a unit list's new entry was missing from a test run on a tree whose
 * index predated it). The loader compares the record with the files as they are now and refuses a stale index.
 * The data packages the build also reads are pinned by package-lock.json and re-installed, with `prepare`, by
 * `npm ci`. Hashing the ~84 KB of curated files costs well under a millisecond, once per process.
 */
export const SOURCES_FILE = 'sources.sha256';

/** The hash of the curated lists' file names and contents, in name order. */
export function curatedSourcesHash(curatedDir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(curatedDir).sort()) {
    hash.update(`${name}\0`);
    hash.update(readFileSync(join(curatedDir, name)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Throws a clear error when the index in `buildDir` was not built from the lists now in `curatedDir`. */
export function assertBuiltFrom(buildDir: string, curatedDir: string): void {
  const stamp = join(buildDir, SOURCES_FILE);
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined;
  if (built !== curatedSourcesHash(curatedDir)) {
    throw new Error(
      `newsgraph: the gazetteer index in ${buildDir} was built from other lists than ${curatedDir} holds now; rebuild it with "npm run gazetteers"`,
    );
  }
}
