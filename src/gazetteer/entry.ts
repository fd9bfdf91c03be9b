import { readFileSync } from 'node:fs';
import type { EntityType, PlaceKind } from '../model/document.js';

/**
 * The gazetteer file format, shared by the curated built-in lists (gazetteers/curated/*.json) and the
 * files users name in a pipeline (`{"use": "gazetteer", "options": {"lists": ["builtin", "my.json"]}}`):
 *
 * ```json
 * { "name": "my-units", "source": "where the names come from", "licence": "CC BY 4.0",
 *   "entries": [ { "name": "Azov Brigade", "aliases": ["Azov"], "type": "MilitaryUnit",
 *                  "id": "unit:azov-brigade", "sameAs": ["https://…"], "country": "UA" } ] }
 * ```
 * `type` is Person, Place, Organization or MilitaryUnit; places may add placeKind, lat, lon, population.
 * `id` defaults to `<type prefix>:<slug of name>`.
 */
export interface GazetteerEntry {
  name: string;
  aliases?: string[];
  type: EntityType;
  placeKind?: PlaceKind;
  id?: string;
  sameAs?: string[];
  country?: string;
  lat?: number;
  lon?: number;
  population?: number;
  /** Offices a person holds or held ("President of Russia"): documentation for users of the list. */
  offices?: string[];
  /**
   * An organization that fights (an armed group, a militia, an insurgent movement, an armed service): relation rules
   * read it as they read a military unit ("[X] fighters reinforced positions near [Y]").
   */
  armed?: boolean;
}

export interface GazetteerFile {
  name: string;
  source: string;
  licence?: string;
  entries: GazetteerEntry[];
}

export class GazetteerFileError extends Error {
  constructor(file: string, problem: string) {
    super(`invalid gazetteer file ${file}: ${problem}`);
    this.name = 'GazetteerFileError';
  }
}

const TYPES: readonly EntityType[] = ['Person', 'Place', 'Organization', 'MilitaryUnit'];
const PLACE_KINDS: readonly PlaceKind[] = ['Country', 'City', 'AdministrativeArea', 'Region', 'Place'];
const ENTRY_KEYS = new Set(['name', 'aliases', 'type', 'placeKind', 'id', 'sameAs', 'country', 'lat', 'lon', 'population', 'offices', 'armed', 'note']);
const ID_PREFIX: Readonly<Record<EntityType, string>> = { Person: 'person', Place: 'region', Organization: 'org', MilitaryUnit: 'unit' };

export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function defaultId(entry: Pick<GazetteerEntry, 'name' | 'type'>): string {
  return `${ID_PREFIX[entry.type]}:${slug(entry.name)}`;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== '');
}

/** Checks a parsed gazetteer file; every problem names the file and the entry. */
export function validateGazetteerFile(raw: unknown, file: string): GazetteerFile {
  const fail = (problem: string): never => {
    throw new GazetteerFileError(file, problem);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('the file must hold a JSON object with "name", "source" and "entries"');
  const r = raw as Record<string, unknown>;
  if (typeof r.name !== 'string' || r.name.trim() === '') fail('"name" must be a non-empty string');
  if (typeof r.source !== 'string' || r.source.trim() === '') fail('"source" must say where the names come from (a non-empty string)');
  if (r.licence !== undefined && typeof r.licence !== 'string') fail('"licence" must be a string');
  if (!Array.isArray(r.entries) || r.entries.length === 0) fail('"entries" must be a non-empty array');
  const entries = (r.entries as unknown[]).map((e, i): GazetteerEntry => {
    const at = `entries[${i}]`;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return fail(`${at} must be an object`);
    const o = e as Record<string, unknown>;
    for (const key of Object.keys(o)) if (!ENTRY_KEYS.has(key)) fail(`${at} has unknown key "${key}"`);
    if (typeof o.name !== 'string' || o.name.trim() === '') fail(`${at}.name must be a non-empty string`);
    if (!TYPES.includes(o.type as EntityType)) fail(`${at}.type must be one of ${TYPES.join(', ')}`);
    if (o.aliases !== undefined && !isStringArray(o.aliases)) fail(`${at}.aliases must be an array of non-empty strings`);
    if (o.sameAs !== undefined && (!isStringArray(o.sameAs) || o.sameAs.some((s) => !/^https?:\/\//.test(s)))) fail(`${at}.sameAs must be an array of http(s) IRIs`);
    if (o.offices !== undefined && !isStringArray(o.offices)) fail(`${at}.offices must be an array of strings`);
    if (o.armed !== undefined && (o.armed !== true || o.type !== 'Organization')) fail(`${at}.armed is only for type Organization and must be true`);
    if (o.placeKind !== undefined && (o.type !== 'Place' || !PLACE_KINDS.includes(o.placeKind as PlaceKind))) {
      fail(`${at}.placeKind is only for type Place and must be one of ${PLACE_KINDS.join(', ')}`);
    }
    if (o.id !== undefined && (typeof o.id !== 'string' || !/^[a-z][a-z0-9-]*:\S+$/.test(o.id))) fail(`${at}.id must look like "prefix:key" (e.g. "unit:azov-brigade")`);
    if (o.country !== undefined && (typeof o.country !== 'string' || !/^[A-Z]{2}$/.test(o.country))) fail(`${at}.country must be an ISO 3166-1 alpha-2 code like "UA"`);
    for (const k of ['lat', 'lon', 'population'] as const) {
      if (o[k] !== undefined && (typeof o[k] !== 'number' || !Number.isFinite(o[k]))) fail(`${at}.${k} must be a number`);
    }
    const entry: GazetteerEntry = { name: (o.name as string).trim(), type: o.type as EntityType };
    if (o.aliases) entry.aliases = o.aliases as string[];
    if (o.placeKind) entry.placeKind = o.placeKind as PlaceKind;
    if (o.id) entry.id = o.id as string;
    if (o.sameAs) entry.sameAs = o.sameAs as string[];
    if (o.country) entry.country = o.country as string;
    if (typeof o.lat === 'number') entry.lat = o.lat;
    if (typeof o.lon === 'number') entry.lon = o.lon;
    if (typeof o.population === 'number') entry.population = o.population;
    if (o.offices) entry.offices = o.offices as string[];
    if (o.armed === true) entry.armed = true;
    return entry;
  });
  const out: GazetteerFile = { name: r.name as string, source: r.source as string, entries };
  if (typeof r.licence === 'string') out.licence = r.licence;
  return out;
}

export function readGazetteerFile(file: string): GazetteerFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new GazetteerFileError(file, `cannot read the file (${(err as Error).message})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new GazetteerFileError(file, `not valid JSON (${(err as Error).message})`);
  }
  return validateGazetteerFile(raw, file);
}
