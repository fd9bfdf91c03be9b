/**
 * Compiles the built-in gazetteers into gazetteers/build/ (git-ignored): run by `npm run gazetteers`, and
 * by `prepare` after `tsc` on `npm ci`. Sources and licences are listed in gazetteers/README.md.
 *
 *   index.bin          every name folded into a key → the records it may name (src/gazetteer/index.ts, pack.ts)
 *   common-words.json  ordinary English words and people's names (evidence rules, user lists, context-place)
 *   sources.sha256     the hash of gazetteers/curated/ it was built from (the loader refuses a stale index)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/model/package-root.js';
import { readGazetteerFile } from '../src/gazetteer/entry.js';
import { IndexBuilder, KEY_COMMON, KEY_PERSON, TIER } from '../src/gazetteer/index.js';
import { classifyKey } from '../src/gazetteer/common.js';
import { nameKey } from '../src/gazetteer/scan.js';
import { loadCommonWords, type CuratedCommonWords } from '../src/gazetteer/build/common-words.js';
import { addGeonames } from '../src/gazetteer/build/geonames.js';
import { ArabicSpellings, type ArabicSpellingRules } from '../src/gazetteer/build/arabic-spellings.js';
import { addCountries, type CountryAliases } from '../src/gazetteer/build/countries.js';
import { addSubdivisions, type SubdivisionNames, type SubdivisionsByName } from '../src/gazetteer/build/subdivisions.js';
import { addGazetteerFile } from '../src/gazetteer/build/curated.js';
import { addRegionalDemonyms, type RegionalDemonyms } from '../src/gazetteer/build/regional-demonyms.js';
import { companiesFile } from '../src/gazetteer/build/companies.js';
import { CURATED_LISTS, COMMON_WORDS_FILE, INDEX_FILE, buildDir, curatedDir as curatedDirOf } from '../src/gazetteer/load.js';
import { SOURCES_FILE, curatedSourcesHash } from '../src/gazetteer/sources-stamp.js';
import { writeIndex } from '../src/gazetteer/pack.js';

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function main(): void {
  const t0 = performance.now();
  const root = packageRoot();
  const curatedDir = curatedDirOf(root);
  const curated = CURATED_LISTS.map((name) => readGazetteerFile(join(curatedDir, `${name}.json`)));
  const curatedCommon = readJson<CuratedCommonWords>(join(curatedDir, 'common-words.json'));
  // Words of the curated people's names count as people's names: a village called "Putin" needs evidence.
  const peopleWords = curated
    .flatMap((f) => f.entries.filter((e) => e.type === 'Person').flatMap((e) => [e.name, ...(e.aliases ?? [])]))
    .flatMap((n) => nameKey(n).split(' '))
    .filter((w) => w.length > 2);
  const sets = loadCommonWords(curatedCommon, peopleWords);
  const notPlaces = new Set(curatedCommon.notPlaces.map((w) => w.toLowerCase()));
  const classify = (key: string): number => classifyKey(key, sets);
  const builder = new IndexBuilder(classify);

  // Curated lists first: their ids win when a later source names the same record.
  let curatedCount = 0;
  for (const file of curated) curatedCount += addGazetteerFile(builder, file, TIER.curated);
  // Companies and teams from compromise's lexicon, after the curated lists (whose ids win), without names that
  // are ordinary words or people's names (a list entry is trusted without evidence).
  const companies = companiesFile((name) => (classify(nameKey(name)) & (KEY_COMMON | KEY_PERSON)) === 0);
  curatedCount += addGazetteerFile(builder, companies, TIER.curated);
  const countries = addCountries(builder, readJson<CountryAliases>(join(curatedDir, 'country-aliases.json'))).size;
  const isCommonName = (name: string): boolean => (classify(nameKey(name)) & (KEY_COMMON | KEY_PERSON)) !== 0;
  const arabic = new ArabicSpellings(readJson<ArabicSpellingRules>(join(curatedDir, 'arabic-place-spellings.json')));
  const subdivisionsByName: SubdivisionsByName = { names: new Map(), cities: new Set() };
  const subdivisions = addSubdivisions(builder, readJson<SubdivisionNames>(join(curatedDir, 'subdivision-names.json')), isCommonName, arabic, subdivisionsByName);
  const isOrdinaryWord = (name: string): boolean => (classify(nameKey(name)) & KEY_COMMON) !== 0;
  // Each place is linked to the subdivision it lies in, through its GeoNames area's seat (build/geonames.ts linkAreas).
  const linked = { count: 0 };
  const places = addGeonames(builder, isCommonName, notPlaces, arabic, isOrdinaryWord, subdivisionsByName, linked);
  // After the lists that make the records they name (subdivisions, curated regions).
  const regionalDemonyms = addRegionalDemonyms(builder, readJson<RegionalDemonyms>(join(curatedDir, 'regional-demonyms.json')));

  const index = builder.compile();
  const out = buildDir(root);
  mkdirSync(out, { recursive: true });
  // The old record goes first: a build cut short leaves no record, and the loader refuses its files.
  rmSync(join(out, SOURCES_FILE), { force: true });
  const bytes = writeIndex(join(out, INDEX_FILE), index);
  writeFileSync(join(out, COMMON_WORDS_FILE), JSON.stringify({ words: [...sets.words].sort(), personNames: [...sets.personNames].sort() }));
  // Last, once index and word sets are written (src/gazetteer/sources-stamp.ts).
  writeFileSync(join(out, SOURCES_FILE), `${curatedSourcesHash(curatedDir)}\n`);
  const ms = Math.round(performance.now() - t0);
  console.log(
    `gazetteers: ${index.recordCount} records (${places} places, ${countries} countries, ${subdivisions} subdivisions (${linked.count} linked to their places), ${regionalDemonyms} regional demonyms, ` +
      `${curatedCount} curated), ${index.keyCount} keys, ${(bytes / 1e6).toFixed(1)} MB → ${out} in ${ms} ms`,
  );
}

main();
