import { join } from 'node:path';
import { createDoc } from '../src/model/document.js';
import type { GazetteerEntry, GazetteerFile } from '../src/gazetteer/entry.js';
import { findNames, type IndexSource } from '../src/gazetteer/find-names.js';
import type { CompiledIndex } from '../src/gazetteer/index.js';
import { buildDir, buildFileIndex, INDEX_FILE, loadCommonWords } from '../src/gazetteer/load.js';
import { readIndex } from '../src/gazetteer/pack.js';
import { corpusBytes, type BenchDocument } from './corpus.js';
import { seconds, throughput } from './measure.js';
import type { GazetteerBench } from './report.js';

const SMALL_ENTRIES = 1000;

/**
 * A 1,000-entry list in the user file format: the first whole records (countries, subdivisions, curated
 * lists) of the built-in index by id, so the small index holds real names of every type.
 */
function smallList(full: CompiledIndex): GazetteerFile {
  const entries: GazetteerEntry[] = [...full.full]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, SMALL_ENTRIES)
    .map((r) => ({ name: r.name, type: r.type, id: r.id, ...(r.placeKind ? { placeKind: r.placeKind } : {}), ...(r.country ? { country: r.country } : {}) }));
  return { name: 'bench-1000', source: 'first 1,000 whole records of the built-in index', entries };
}

/** Gazetteer matching alone (word scan, index probes, choice among namesakes) over every document. */
async function matchAll(source: IndexSource, docs: readonly BenchDocument[], tokens: number): Promise<ReturnType<typeof throughput>> {
  const docOf = (d: BenchDocument) => createDoc({ id: d.id, source: { path: d.id, relPath: d.id, sha256: '' }, text: d.text });
  for (const d of docs.slice(0, 20)) findNames(docOf(d), [source]);
  const run = await seconds(() => {
    for (const d of docs) findNames(docOf(d), [source]);
  });
  const bytes = corpusBytes(docs);
  return throughput(docs.length, tokens, bytes, run.seconds);
}

/**
 * Load time and matching speed of the full built-in index (read from gazetteers/build/ afresh, not the
 * copy the pipeline already holds) and of a 1,000-entry index compiled from a user-format list, the way
 * a pipeline compiles users' files. The common-word lists they share are loaded before timing.
 */
export async function benchGazetteer(docs: readonly BenchDocument[], tokens: number): Promise<GazetteerBench[]> {
  loadCommonWords();
  const full = await seconds(() => readIndex(join(buildDir(), INDEX_FILE)));
  const list = smallList(full.value);
  const small = await seconds(() => buildFileIndex([list]));
  return [
    { name: 'full built-in index', entries: full.value.recordCount, loadSeconds: Number(full.seconds.toFixed(3)), result: await matchAll({ index: full.value }, docs, tokens) },
    { name: '1,000-entry index', entries: list.entries.length, loadSeconds: Number(small.seconds.toFixed(3)), result: await matchAll({ index: small.value }, docs, tokens) },
  ];
}
