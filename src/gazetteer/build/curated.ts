import { defaultId, type GazetteerFile } from '../entry.js';
import { IndexBuilder, PAIR_ACRONYM, PAIR_ALIAS } from '../index.js';

/** An alias in capitals and short ("NATO", "HTS", "ISW") is an acronym: it matches only in capitals. */
export function isAcronym(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters.length <= 7 && letters === letters.toUpperCase() && /^[\p{Lu}\d.&-]+$/u.test(alias);
}

/** Adds the entries of a gazetteer file (curated built-in list or a user's file) to an index. */
export function addGazetteerFile(builder: IndexBuilder, file: GazetteerFile, tier: number): number {
  for (const e of file.entries) {
    const record = builder.addRecord({
      id: e.id ?? defaultId(e),
      name: e.name,
      type: e.type,
      ...(e.type === 'Place' ? { placeKind: e.placeKind ?? 'Region' } : {}),
      ...(e.sameAs ? { sameAs: e.sameAs } : {}),
      ...(e.country ? { country: e.country } : {}),
      ...(e.lat !== undefined ? { lat: e.lat } : {}),
      ...(e.lon !== undefined ? { lon: e.lon } : {}),
      ...(e.population !== undefined ? { population: e.population } : {}),
      ...(e.armed ? { armed: true as const } : {}),
      list: file.name,
      tier,
    });
    builder.addName(record, e.name, isAcronym(e.name) ? PAIR_ACRONYM : 0);
    for (const alias of e.aliases ?? []) builder.addName(record, alias, PAIR_ALIAS | (isAcronym(alias) ? PAIR_ACRONYM : 0));
  }
  return file.entries.length;
}
