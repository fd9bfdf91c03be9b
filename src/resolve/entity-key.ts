import type { EntityType, GazetteerRef } from '../model/document.js';

/** Prefix of a name-derived key for each entity type; units share gazetteer units' `unit:` namespace. */
const TYPE_SLUGS: Readonly<Record<EntityType, string>> = {
  Person: 'person',
  Place: 'place',
  Organization: 'org',
  MilitaryUnit: 'unit',
};

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['\u2019\u2018\u02bc\u02bb`´]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-+|-+$/g;

/**
 * Normalizes a name for keys and for comparing names: NFKD with diacritics stripped, lower case,
 * apostrophes dropped (Hay'at → hayat), every other run of non-alphanumerics → '-'. So "Al-Sharaa",
 * "Al Sharaa" and "al‑Sharaa" all become "al-sharaa".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NON_ALNUM, '-')
    .replace(EDGE_DASHES, '');
}

/**
 * The stable key of an entity, from which the graph writer derives its IRI and by which it merges
 * entities across documents: the gazetteer id where there is one, else `<type-slug>:<normalized name>`.
 */
export function entityKey(entity: { type: EntityType; name: string; ref?: GazetteerRef | undefined }): string {
  if (entity.ref) return entity.ref.id;
  return `${TYPE_SLUGS[entity.type]}:${normalizeName(entity.name)}`;
}
