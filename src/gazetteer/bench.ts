import { join } from 'node:path';
import { createDoc, type Mention } from '../model/document.js';
import { classifyKey } from './common.js';
import { findNames } from './find-names.js';
import { IndexBuilder, pairFlags, pairRecord, recordRef, type CompiledIndex } from './index.js';
import { buildDir, INDEX_FILE, loadBuiltinIndex, loadCommonWords } from './load.js';
import { readIndex } from './pack.js';

/**
 * Hooks for the benchmark (`npm run bench`): how long the full index takes to load, and matching with an
 * index of only N records, to show that matching speed does not depend on the gazetteer's size.
 */

/** Loads the built index from disk afresh (bypassing the per-process cache) and times it. */
export function timeIndexLoad(): { ms: number; records: number; keys: number } {
  const t0 = performance.now();
  const index = readIndex(join(buildDir(), INDEX_FILE));
  return { ms: performance.now() - t0, records: index.recordCount, keys: index.keyCount };
}

/** An in-memory index holding only the first `n` records of the built-in index, with all their names. */
export function buildSampleIndex(n: number): CompiledIndex {
  const full = loadBuiltinIndex();
  const sets = loadCommonWords();
  const builder = new IndexBuilder((key) => classifyKey(key, sets));
  const kept = new Map<number, number>();
  const decoder = new TextDecoder('latin1');
  for (let k = 0; k < full.keyCount; k++) {
    let key: string | undefined;
    for (let p = full.pairStart[k]!; p < full.pairStart[k + 1]!; p++) {
      const r = pairRecord(full.pairs[p]!);
      if (r >= n) continue;
      let local = kept.get(r);
      if (local === undefined) {
        const ref = recordRef(full, r);
        const { placeKind, sameAs, lat, lon, country, population } = ref;
        local = builder.addRecord({
          id: ref.id, name: ref.name, type: ref.type, list: ref.source ?? 'sample', tier: full.tier[r]!,
          ...(placeKind ? { placeKind } : {}), ...(sameAs && !ref.id.startsWith('geonames:') ? { sameAs } : {}),
          ...(lat !== undefined ? { lat } : {}), ...(lon !== undefined ? { lon } : {}), ...(country ? { country } : {}),
          ...(population !== undefined ? { population } : {}),
        });
        kept.set(r, local);
      }
      key ??= decoder.decode(full.keyBytes.subarray(full.keyStart[k]!, full.keyStart[k + 1]!));
      builder.addKey(local, key, pairFlags(full.pairs[p]!), full.keyLower[k]!);
    }
  }
  return builder.compile();
}

/** Matches one text against an index, as the gazetteer recognizer does (no segmenter: simple sentence rule). */
export function matchText(index: CompiledIndex, text: string): Mention[] {
  const doc = createDoc({ id: 'bench', source: { path: 'bench', relPath: 'bench', sha256: '' }, text });
  return findNames(doc, [{ index }]);
}
