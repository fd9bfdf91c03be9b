import { detached } from './detached-string.js';
import type { EntityType, GazetteerRef } from './document.js';

/** Prefix of a name-derived key for each entity type; units share gazetteer units' `unit:` namespace. */
const TYPE_SLUGS: Readonly<Record<EntityType, string>> = {
  Person: 'person',
  Place: 'place',
  Organization: 'org',
  MilitaryUnit: 'unit',
};

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['\u2019\u2018\u02bc\u02bb`\u00b4]/g;
const NON_ALNUM = /[^\p{L}\p{N}]+/gu;
const EDGE_DASHES = /^-+|-+$/g;
const PLAIN_ASCII = /^[A-Za-z0-9 .,()&-]*$/;
const ASCII_NON_ALNUM = /[^a-z0-9]+/g;
/** Latin letters that NFKD does not split into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };
const UNDECOMPOSED_LETTER = /[łøđħıßæœþð]/g;

/**
 * Normalizes a name for keys and for comparing names: NFKD with diacritics stripped (and ł, ø, ß … mapped
 * to their base letters), lower case, apostrophes dropped (Hay'at → hayat), every other run of characters
 * that are not letters or digits → '-'. So "Al-Sharaa", "Al Sharaa" and "al‑Sharaa" all become
 * "al-sharaa"; letters of other scripts are kept, so a Cyrillic name still has a key.
 */
export function normalizeName(name: string): string {
  let normalized = memo.get(name);
  if (normalized === undefined) {
    // Both detached: a name already in normal form comes back as the same string (see detached-string.ts).
    normalized = detached(normalize(name));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(detached(name), normalized);
  }
  return normalized;
}

/** Documents of a batch name the same places, units and people again and again: normalize each once. */
const memo = new Map<string, string>();
/**
 * Emptied when full. 12,000: a run of 25 MB (5,269 ISW copies of 5 kB, `--mentions linked`) ends with 10,772 names in
 * it, 100 MB with 18,822; with 50,000 the memo kept growing to 500 MB (1.7, 3.4 and 8.7 MB of heap at 25, 100 and 500 MB,
 * snapshots), a part of the run's peak RSS that grew with the input (issue 15). A name normalized again costs a
 * few regex replacements.
 */
const MEMO_LIMIT = 12_000;

function normalize(name: string): string {
  // Most names are plain ASCII: skip the Unicode decomposition and property classes for them.
  if (PLAIN_ASCII.test(name)) return name.toLowerCase().replace(ASCII_NON_ALNUM, '-').replace(EDGE_DASHES, '');
  return name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c]!)
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
