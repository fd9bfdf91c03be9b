import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertBuiltFrom, curatedSourcesHash, SOURCES_FILE } from '../../src/gazetteer/sources-stamp.js';
import { buildDir, curatedDir } from '../../src/gazetteer/load.js';

const roots: string[] = [];
afterEach(() => {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** An empty curated folder and an empty build folder in a fresh temporary root. */
function tree(): { curated: string; build: string } {
  const root = mkdtempSync(join(tmpdir(), 'ng-stamp-'));
  roots.push(root);
  const curated = join(root, 'curated');
  const build = join(root, 'build');
  mkdirSync(curated);
  mkdirSync(build);
  return { curated, build };
}

describe('the gazetteer index refuses to be used when its curated lists changed after the build', () => {
  it('accepts the index the package was built with', () => {
    expect(() => assertBuiltFrom(buildDir(), curatedDir())).not.toThrow();
  });

  it('refuses an index with no record, or built from other lists, with a message that says how to rebuild', () => {
    const { curated, build } = tree();
    writeFileSync(join(curated, 'units.json'), '{"entries":[]}');
    expect(() => assertBuiltFrom(build, curated)).toThrow(/npm run gazetteers/);
    writeFileSync(join(build, SOURCES_FILE), `${curatedSourcesHash(curated)}\n`);
    expect(() => assertBuiltFrom(build, curated)).not.toThrow();
    writeFileSync(join(curated, 'units.json'), '{"entries":[{"name":"Home Guard"}]}');
    expect(() => assertBuiltFrom(build, curated)).toThrow(/built from other lists/);
    // A list added after the build counts too.
    writeFileSync(join(build, SOURCES_FILE), `${curatedSourcesHash(curated)}\n`);
    writeFileSync(join(curated, 'people.json'), '{"entries":[]}');
    expect(() => assertBuiltFrom(build, curated)).toThrow(/built from other lists/);
  });
});
