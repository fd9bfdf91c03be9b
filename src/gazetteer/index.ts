import type { EntityType, GazetteerRef, PlaceKind } from '../model/document.js';
import { nameKey } from './scan.js';

/**
 * The compiled gazetteer: every name folded into a key ("kostiantynivka", "donetsk oblast"), each key
 * pointing at the records it may name, plus every proper prefix of a multi-word key so the matcher knows
 * when to keep extending. One hash lookup per word decides whether a name can start there, so matching
 * cost does not grow with the number of names.
 *
 * Records are stored column-wise (one array per field): compact in memory and fast to parse from JSON.
 */

export const TYPES: readonly EntityType[] = ['Person', 'Place', 'Organization', 'MilitaryUnit'];
export const PLACE_KINDS: readonly (PlaceKind | '')[] = ['', 'Country', 'City', 'AdministrativeArea', 'Region', 'Place'];

/** How much a record is trusted over namesakes: user lists, curated lists, countries, then the rest. */
export const TIER = { open: 1, country: 2, curated: 3, user: 4 } as const;

/** Per (name, record) pair. */
export const PAIR_ALIAS = 1; // an alternate or historical name, not the record's main name
export const PAIR_ACRONYM = 2; // matches only in capitals ("US", "UN", "ISW")
export const PAIR_BARE = 4; // a subdivision named without its designator ("Kherson" for Kherson Oblast)
export const PAIR_DEMONYM = 8; // a nationality adjective standing for the country ("Syrian")
const PAIR_SHIFT = 4;

/** Per key. */
export const KEY_COMMON = 1; // every word is an ordinary English word: needs evidence
export const KEY_PREFIX = 2; // also the start of a longer name
export const KEY_PERSON = 4; // every word is a person's first or last name: needs evidence

export interface RecordInput {
  id: string;
  name: string;
  type: EntityType;
  placeKind?: PlaceKind;
  sameAs?: string[];
  lat?: number;
  lon?: number;
  country?: string;
  population?: number;
  list: string;
  tier: number;
}

export interface RecordTable {
  id: string[];
  name: string[];
  type: Uint8Array;
  kind: Uint8Array;
  lat: Float64Array;
  lon: Float64Array;
  country: string[];
  population: Float64Array;
  list: Uint16Array;
  tier: Uint8Array;
  /** Explicit sameAs IRIs (GeoNames ones are derived from the id). */
  sameAs: (string[] | null)[];
}

export interface CompiledIndex {
  lists: string[];
  records: RecordTable;
  /** key → key number, or -1 for a key that is only a prefix of longer names. */
  keys: Map<string, number>;
  keyFlags: Uint8Array;
  pairStart: Int32Array;
  /** record index << 4 | pair flags, ordered by tier, then population (most likely record first). */
  pairs: Int32Array;
  /** Longest key in words: the matcher never extends further. */
  maxWords: number;
}

/** The JSON form written by the build script. */
export interface SerializedIndex {
  format: 1;
  lists: string[];
  records: {
    id: string[]; name: string[]; type: number[]; kind: number[]; lat: (number | null)[]; lon: (number | null)[];
    country: string[]; population: number[]; list: number[]; tier: number[]; sameAs: (string[] | 0)[];
  };
  keys: string[];
  keyFlags: number[];
  prefixes: string[];
  pairStart: number[];
  pairs: number[];
  maxWords: number;
}

/** Collects records and their names, then compiles them. Used by the build script and for user files. */
export class IndexBuilder {
  private readonly records: RecordInput[] = [];
  private readonly byId = new Map<string, number>();
  private readonly names = new Map<string, Map<number, number>>();

  /** `classify` gives a key's KEY_COMMON / KEY_PERSON flags (see common.ts). */
  constructor(private readonly classify: (key: string) => number) {}

  get recordCount(): number {
    return this.records.length;
  }

  /** Adds a record (or returns the existing one with that id: lists may name a record twice). */
  addRecord(r: RecordInput): number {
    const known = this.byId.get(r.id);
    if (known !== undefined) return known;
    this.records.push(r);
    this.byId.set(r.id, this.records.length - 1);
    return this.records.length - 1;
  }

  /** Adds a name for a record; flags say what kind of name it is (PAIR_*). */
  addName(record: number, name: string, flags = 0): void {
    const key = nameKey(name);
    if (key === '') return;
    let pairs = this.names.get(key);
    if (!pairs) this.names.set(key, (pairs = new Map()));
    const prev = pairs.get(record);
    // A record named both ways keeps the stronger reading (main name over alias, full over bare).
    pairs.set(record, prev === undefined ? flags : prev & flags);
  }

  compile(): SerializedIndex {
    const recs = this.records;
    const lists = [...new Set(recs.map((r) => r.list))];
    const keys = [...this.names.keys()].sort();
    const keyIndex = new Map(keys.map((k, i) => [k, i]));
    const prefixes = new Set<string>();
    let maxWords = 1;
    for (const key of keys) {
      const words = key.split(' ');
      maxWords = Math.max(maxWords, words.length);
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    }
    const keyFlags: number[] = keys.map((k) => this.classify(k) | (prefixes.has(k) ? KEY_PREFIX : 0));
    const pairStart: number[] = [0];
    const pairs: number[] = [];
    const rank = (a: number, b: number): number =>
      recs[b]!.tier - recs[a]!.tier || (recs[b]!.population ?? 0) - (recs[a]!.population ?? 0) || (recs[a]!.id < recs[b]!.id ? -1 : 1);
    for (const key of keys) {
      const group = this.names.get(key)!;
      for (const r of [...group.keys()].sort(rank)) pairs.push((r << PAIR_SHIFT) | group.get(r)!);
      pairStart.push(pairs.length);
    }
    return {
      format: 1,
      lists,
      records: {
        id: recs.map((r) => r.id),
        name: recs.map((r) => r.name),
        type: recs.map((r) => TYPES.indexOf(r.type)),
        kind: recs.map((r) => PLACE_KINDS.indexOf(r.placeKind ?? '')),
        lat: recs.map((r) => r.lat ?? null),
        lon: recs.map((r) => r.lon ?? null),
        country: recs.map((r) => r.country ?? ''),
        population: recs.map((r) => r.population ?? 0),
        list: recs.map((r) => lists.indexOf(r.list)),
        tier: recs.map((r) => r.tier),
        sameAs: recs.map((r) => r.sameAs ?? 0),
      },
      keys,
      keyFlags,
      prefixes: [...prefixes].filter((p) => !keyIndex.has(p)).sort(),
      pairStart,
      pairs,
      maxWords,
    };
  }
}

/** Turns the JSON form into the in-memory index (typed arrays and one Map). */
export function hydrateIndex(s: SerializedIndex): CompiledIndex {
  if (s.format !== 1) throw new Error(`gazetteer index format ${String(s.format)} is not supported; rebuild it with "npm run gazetteers"`);
  const keys = new Map<string, number>();
  for (let i = 0; i < s.keys.length; i++) keys.set(s.keys[i]!, i);
  for (const p of s.prefixes) keys.set(p, -1);
  const r = s.records;
  const n = r.id.length;
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    lat[i] = r.lat[i] ?? NaN;
    lon[i] = r.lon[i] ?? NaN;
  }
  return {
    lists: s.lists,
    records: {
      id: r.id,
      name: r.name,
      type: Uint8Array.from(r.type),
      kind: Uint8Array.from(r.kind),
      lat,
      lon,
      country: r.country,
      population: Float64Array.from(r.population),
      list: Uint16Array.from(r.list),
      tier: Uint8Array.from(r.tier),
      sameAs: r.sameAs.map((x) => (x === 0 ? null : x)),
    },
    keys,
    keyFlags: Uint8Array.from(s.keyFlags),
    pairStart: Int32Array.from(s.pairStart),
    pairs: Int32Array.from(s.pairs),
    maxWords: s.maxWords,
  };
}

export const pairRecord = (pair: number): number => pair >> PAIR_SHIFT;
export const pairFlags = (pair: number): number => pair & ((1 << PAIR_SHIFT) - 1);

/** The mention's link to a record, with GeoNames' sameAs IRI derived from its id. */
export function recordRef(index: CompiledIndex, r: number): GazetteerRef {
  const t = index.records;
  const id = t.id[r]!;
  const ref: GazetteerRef = { id, name: t.name[r]!, type: TYPES[t.type[r]!]! };
  const kind = PLACE_KINDS[t.kind[r]!];
  if (kind) ref.placeKind = kind;
  const sameAs = id.startsWith('geonames:') ? [`https://sws.geonames.org/${id.slice(9)}/`] : t.sameAs[r];
  if (sameAs && sameAs.length > 0) ref.sameAs = sameAs;
  if (!Number.isNaN(t.lat[r]!)) ref.lat = t.lat[r]!;
  if (!Number.isNaN(t.lon[r]!)) ref.lon = t.lon[r]!;
  if (t.country[r]) ref.country = t.country[r]!;
  if (t.population[r]! > 0) ref.population = t.population[r]!;
  ref.source = index.lists[t.list[r]!]!;
  return ref;
}
