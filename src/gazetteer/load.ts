import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/package-root.js';
import { classifyKey, type CommonWordSets } from './common.js';
import { addGazetteerFile } from './build/curated.js';
import type { GazetteerFile } from './entry.js';
import { IndexBuilder, TIER, type CompiledIndex } from './index.js';
import { readIndex } from './pack.js';
import { assertBuiltFrom } from './sources-stamp.js';

/** Curated lists shipped in gazetteers/curated/, in the user file format. */
export const CURATED_LISTS = ['regions', 'units', 'people', 'organizations', 'wire-news', 'armed-services'] as const;
/** Every built-in list a pipeline may select as "builtin:<name>". */
export const BUILTIN_LISTS = ['places', 'countries', 'subdivisions', 'companies', ...CURATED_LISTS] as const;

export const buildDir = (root: string = packageRoot()): string => join(root, 'gazetteers', 'build');
/** The curated lists the build reads (gazetteers/curated/). */
export const curatedDir = (root: string = packageRoot()): string => join(root, 'gazetteers', 'curated');

export const INDEX_FILE = 'index.bin';
export const COMMON_WORDS_FILE = 'common-words.json';

function builtPath(file: string): string {
  const path = join(buildDir(), file);
  if (!existsSync(path)) {
    throw new Error(`newsgraph: the gazetteer index ${path} is missing; build it with "npm run build && npm run gazetteers"`);
  }
  return path;
}

let builtin: CompiledIndex | undefined;
let commonWords: CommonWordSets | undefined;

/** The built-in index, loaded once per process (or worker thread) and shared by every pipeline in it. */
export function loadBuiltinIndex(): CompiledIndex {
  if (!builtin) {
    const path = builtPath(INDEX_FILE);
    assertBuiltFrom(buildDir(), curatedDir());
    builtin = readIndex(path);
  }
  return builtin;
}

/** Ordinary English words and people's names, as the build script derived them (loaded once). */
export function loadCommonWords(): CommonWordSets {
  if (!commonWords) {
    const raw = JSON.parse(readFileSync(builtPath(COMMON_WORDS_FILE), 'utf8')) as { words: string[]; personNames: string[] };
    commonWords = { words: new Set(raw.words), personNames: new Set(raw.personNames) };
  }
  return commonWords;
}

/**
 * Lets go of the built-in index and the common-word sets (the next `loadBuiltinIndex` or `loadCommonWords` reads
 * them again): for a process whose documents are all processed (`releasePipelineState`, src/pipeline/shared-state.ts).
 */
export function releaseLoadedGazetteer(): void {
  builtin = undefined;
  commonWords = undefined;
}

/** An in-memory index of gazetteer files (users' lists), classified with the same common-word sets. */
export function buildFileIndex(files: readonly GazetteerFile[], sets: CommonWordSets = loadCommonWords()): CompiledIndex {
  const builder = new IndexBuilder((key) => classifyKey(key, sets));
  for (const f of files) addGazetteerFile(builder, f, TIER.user);
  return builder.compile();
}
