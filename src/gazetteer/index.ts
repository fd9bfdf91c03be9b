import type { EntityType, GazetteerRef, PlaceKind } from '../model/document.js';
import { CAP, scanWords } from './scan.js';

/**
 * The compiled gazetteer. Every name is folded into a key ("kostiantynivka", "donetsk oblast") that points
 * at the records it may name; every proper prefix of a multi-word key is a key too (flagged KEY_PREFIX), so
 * the matcher knows when to keep extending. One hash probe per word decides whether a name can start
 * there: matching cost does not grow with the number of names.
 *
 * The structure is flat typed arrays plus one Latin-1 byte blob of keys, with an open-addressing hash
 * table computed at build time. Loading it is reading a file and taking views on it: no per-name work,
 * which keeps loading 200k places with their alternate names well under a second.
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
export const KEY_PREFIX = 2; // the start of a longer name
export const KEY_PERSON = 4; // every word is a person's first or last name: needs evidence

/** A record as the builders describe it: the fields of a mention's gazetteer ref, plus its list and tier. */
export type RecordInput = Omit<GazetteerRef, 'source'> & {
  list: string;
  tier: number;
};

/** Records other than GeoNames places, kept whole (a few thousand). */
export type FullRecord = Omit<RecordInput, 'list'> & { list: number };

export interface CompiledIndex {
  lists: string[];
  recordCount: number;
  /** Records 0 … full.length-1 are kept whole; the rest are GeoNames places stored column-wise. */
  full: FullRecord[];
  geonameId: Int32Array;
  /** UTF-8 names of the GeoNames records, with offsets (decoded only when a mention needs the name). */
  geoNames: Uint8Array;
  geoNameStart: Int32Array;
  // Columns over all records, for choosing among namesakes without touching objects.
  tier: Uint8Array;
  population: Float64Array;
  /** Two ASCII letters packed (c1 << 8 | c2), 0 for none. */
  country: Uint16Array;
  type: Uint8Array;
  kind: Uint8Array;
  list: Uint8Array;
  lat: Float32Array;
  lon: Float32Array;
  /**
   * The first-level subdivision a place lies in, as its record number + 1 (0 for none): GeoNames places whose
   * admin1 area the build linked to a subdivision record (build/geonames.ts linkAreas). Subdivisions are whole
   * records, numbered below 65,535.
   */
  within: Uint16Array;
  // Keys.
  keyCount: number;
  /** Latin-1 bytes of every key, concatenated. */
  keyBytes: Uint8Array;
  keyStart: Int32Array;
  keyFlags: Uint8Array;
  /** Bit w set: the key's w-th word is written in lower case in the list ("Baltic states", "al-Qaeda"). */
  keyLower: Uint16Array;
  /** Open addressing: slot → key number + 1, 0 when empty. Size is a power of two. */
  table: Int32Array;
  pairStart: Int32Array;
  /** record << 4 | pair flags, most likely record first (tier, then population, main names before aliases). */
  pairs: Int32Array;
}

/** FNV-1a over UTF-16 code units, the same function at build and at lookup time. */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Key number for a folded key, -1 when the index does not hold it. */
export function findKey(index: CompiledIndex, key: string): number {
  const table = index.table;
  const mask = table.length - 1;
  const bytes = index.keyBytes;
  const starts = index.keyStart;
  let slot = hashKey(key) & mask;
  for (;;) {
    const k = table[slot]! - 1;
    if (k < 0) return -1;
    const s = starts[k]!;
    if (starts[k + 1]! - s === key.length) {
      let i = 0;
      while (i < key.length && bytes[s + i] === key.charCodeAt(i)) i++;
      if (i === key.length) return k;
    }
    slot = (slot + 1) & mask;
  }
}

export const pairRecord = (pair: number): number => pair >> PAIR_SHIFT;
export const pairFlags = (pair: number): number => pair & ((1 << PAIR_SHIFT) - 1);

export const packCountry = (code: string | undefined): number => (code && code.length === 2 ? (code.charCodeAt(0) << 8) | code.charCodeAt(1) : 0);
export const unpackCountry = (packed: number): string => (packed === 0 ? '' : String.fromCharCode(packed >> 8, packed & 0xff));

const utf8 = new TextDecoder();

/**
 * Refs already built, per index and record. Every mention of a record shares one frozen ref: building it
 * (decoding the name, formatting the IRIs) cost more than the rest of the gazetteer pass, and news repeats
 * the same few hundred places. Frozen, so a stage that tried to edit a shared ref would fail loudly.
 */
const refCache = new WeakMap<CompiledIndex, Map<number, GazetteerRef>>();

/** The mention's link to a record, with GeoNames' sameAs IRI derived from its id. */
export function recordRef(index: CompiledIndex, r: number): GazetteerRef {
  let refs = refCache.get(index);
  if (!refs) refCache.set(index, (refs = new Map()));
  let ref = refs.get(r);
  if (!ref) refs.set(r, (ref = buildRecordRef(index, r)));
  return ref;
}

function buildRecordRef(index: CompiledIndex, r: number): GazetteerRef {
  const full = index.full[r];
  const kind = PLACE_KINDS[index.kind[r]!];
  let ref: GazetteerRef;
  if (full) {
    ref = { id: full.id, name: full.name, type: full.type };
    if (full.sameAs && full.sameAs.length > 0) ref.sameAs = full.sameAs;
    if (full.armed) ref.armed = true;
  } else {
    const g = r - index.full.length;
    const name = utf8.decode(index.geoNames.subarray(index.geoNameStart[g]!, index.geoNameStart[g + 1]!));
    const id = index.geonameId[g]!;
    ref = { id: `geonames:${id}`, name, type: 'Place', sameAs: [`https://sws.geonames.org/${id}/`] };
  }
  if (kind) ref.placeKind = kind;
  if (!Number.isNaN(index.lat[r]!)) ref.lat = Math.round(index.lat[r]! * 1e5) / 1e5;
  if (!Number.isNaN(index.lon[r]!)) ref.lon = Math.round(index.lon[r]! * 1e5) / 1e5;
  const country = unpackCountry(index.country[r]!);
  if (country) ref.country = country;
  const within = index.within[r]!;
  if (within > 0) ref.within = index.full[within - 1]!.id;
  if (index.population[r]! > 0) ref.population = index.population[r]!;
  ref.source = index.lists[index.list[r]!]!;
  if (ref.sameAs) Object.freeze(ref.sameAs);
  return Object.freeze(ref);
}

/** Collects records and their names, then compiles them. Used by the build script and for user files. */
export class IndexBuilder {
  private readonly records: RecordInput[] = [];
  private readonly byId = new Map<string, number>();
  private readonly names = new Map<string, Map<number, number>>();
  private readonly lowerMasks = new Map<string, number>();
  /** Place record → the subdivision record it lies in (placeIn). */
  private readonly areas = new Map<number, number>();

  /** `classify` gives a key's KEY_COMMON / KEY_PERSON flags (see common.ts). */
  constructor(private readonly classify: (key: string) => number) {}

  /** Adds a record (or returns the one already added with that id: lists may name a record twice). */
  addRecord(r: RecordInput): number {
    const known = this.byId.get(r.id);
    if (known !== undefined) return known;
    this.records.push(r);
    this.byId.set(r.id, this.records.length - 1);
    return this.records.length - 1;
  }

  /** The record an earlier list added under this id. */
  recordById(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** Says that place record `place` lies in the first-level subdivision record `area`. */
  placeIn(place: number, area: number): void {
    this.areas.set(place, area);
  }

  /** Adds a name for a record; flags say what kind of name it is (PAIR_*). */
  addName(record: number, name: string, flags = 0): void {
    const words = scanWords(name);
    let lower = 0;
    for (let w = 0; w < words.count && w < 16; w++) if (!(words.flags[w]! & CAP)) lower |= 1 << w;
    this.addKey(record, words.folded.join(' '), flags, lower);
  }

  /** Adds an already folded key; `lower` marks the words the list writes in lower case. */
  addKey(record: number, key: string, flags = 0, lower = 0): void {
    if (key === '' || !/^[\u0000-\u00ff]+$/.test(key)) return; // rare scripts that fold outside Latin-1
    if (lower) this.lowerMasks.set(key, (this.lowerMasks.get(key) ?? 0) | lower);
    let pairs = this.names.get(key);
    if (!pairs) this.names.set(key, (pairs = new Map()));
    const prev = pairs.get(record);
    pairs.set(record, prev === undefined ? flags : mergePairFlags(prev, flags));
  }

  compile(): CompiledIndex {
    // GeoNames places go last so the whole records come first and keep their numbers.
    const order = this.records.map((_, i) => i).sort((a, b) => Number(isGeo(this.records[a]!)) - Number(isGeo(this.records[b]!)) || a - b);
    const recs = order.map((i) => this.records[i]!);
    const newIndex = new Int32Array(order.length);
    order.forEach((old, i) => (newIndex[old] = i));
    const lists = [...new Set(recs.map((r) => r.list))];
    const n = recs.length;
    const fullCount = recs.findIndex(isGeo) === -1 ? n : recs.findIndex(isGeo);
    const full: FullRecord[] = recs.slice(0, fullCount).map((r) => ({ ...r, list: lists.indexOf(r.list) }));

    const geo = recs.slice(fullCount);
    const encoder = new TextEncoder();
    const geoNameParts = geo.map((r) => encoder.encode(r.name));
    const geoNameStart = new Int32Array(geo.length + 1);
    geoNameParts.forEach((p, i) => (geoNameStart[i + 1] = geoNameStart[i]! + p.length));
    const geoNames = new Uint8Array(geoNameStart[geo.length]!);
    geoNameParts.forEach((p, i) => geoNames.set(p, geoNameStart[i]!));

    const keySet = new Set(this.names.keys());
    const prefixes = new Set<string>();
    for (const key of keySet) {
      let at = key.indexOf(' ');
      while (at !== -1) {
        prefixes.add(key.slice(0, at));
        at = key.indexOf(' ', at + 1);
      }
    }
    const keys = [...new Set([...keySet, ...prefixes])].sort();
    const keyCount = keys.length;
    const keyStart = new Int32Array(keyCount + 1);
    keys.forEach((k, i) => (keyStart[i + 1] = keyStart[i]! + k.length));
    const keyBytes = new Uint8Array(keyStart[keyCount]!);
    keys.forEach((k, i) => {
      for (let j = 0; j < k.length; j++) keyBytes[keyStart[i]! + j] = k.charCodeAt(j);
    });
    let size = 1;
    while (size < keyCount * 2) size <<= 1;
    const table = new Int32Array(size);
    keys.forEach((k, i) => {
      let slot = hashKey(k) & (size - 1);
      while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
      table[slot] = i + 1;
    });

    const keyFlags = new Uint8Array(keyCount);
    const keyLower = Uint16Array.from(keys, (k) => this.lowerMasks.get(k) ?? 0);
    const pairStart = new Int32Array(keyCount + 1);
    const pairList: number[] = [];
    // Aliases count a tenth of their population: a big town's old name must not beat a village's own name.
    const weight = (r: number, flags: number): number => (recs[r]!.population ?? 0) * (flags & (PAIR_ALIAS | PAIR_BARE) ? 0.1 : 1);
    keys.forEach((key, i) => {
      keyFlags[i] = this.classify(key) | (prefixes.has(key) ? KEY_PREFIX : 0);
      const group = this.names.get(key);
      if (group) {
        const members = [...group].map(([old, flags]) => [newIndex[old]!, flags] as [number, number]);
        members.sort(([a, fa], [b, fb]) => recs[b]!.tier - recs[a]!.tier || weight(b, fb) - weight(a, fa) || a - b);
        for (const [r, flags] of members) pairList.push((r << PAIR_SHIFT) | flags);
      }
      pairStart[i + 1] = pairList.length;
    });

    const within = new Uint16Array(n);
    for (const [place, area] of this.areas) {
      const a = newIndex[area]!;
      if (a >= 0xffff) throw new Error(`gazetteer index: subdivision record ${recs[a]!.id} is numbered past the within column's range`);
      within[newIndex[place]!] = a + 1;
    }
    const column = <T extends Float32Array | Float64Array | Uint8Array | Uint16Array>(make: new (n: number) => T, get: (r: RecordInput) => number): T => {
      const a = new make(n);
      recs.forEach((r, i) => (a[i] = get(r)));
      return a;
    };
    return {
      lists,
      recordCount: n,
      full,
      geonameId: Int32Array.from(geo.map((r) => Number(r.id.slice(9)))),
      geoNames,
      geoNameStart,
      tier: column(Uint8Array, (r) => r.tier),
      population: column(Float64Array, (r) => r.population ?? 0),
      country: column(Uint16Array, (r) => packCountry(r.country)),
      type: column(Uint8Array, (r) => TYPES.indexOf(r.type)),
      kind: column(Uint8Array, (r) => PLACE_KINDS.indexOf(r.placeKind ?? '')),
      list: column(Uint8Array, (r) => lists.indexOf(r.list)),
      lat: column(Float32Array, (r) => r.lat ?? NaN),
      lon: column(Float32Array, (r) => r.lon ?? NaN),
      within,
      keyCount,
      keyBytes,
      keyStart,
      keyFlags,
      keyLower,
      table,
      pairStart,
      pairs: Int32Array.from(pairList),
    };
  }
}

const WEAK_NAME = PAIR_ALIAS | PAIR_BARE;

/**
 * A record reached by one key in two ways keeps the stronger reading: a main name beats an alias or a bare
 * name (two weak readings stay weak), a name written in any case beats an acronym, and a demonym stays one.
 */
function mergePairFlags(a: number, b: number): number {
  const weak = a & WEAK_NAME && b & WEAK_NAME ? (a | b) & WEAK_NAME : 0;
  return weak | (a & b & PAIR_ACRONYM) | ((a | b) & PAIR_DEMONYM);
}

function isGeo(r: RecordInput): boolean {
  return r.id.startsWith('geonames:');
}
