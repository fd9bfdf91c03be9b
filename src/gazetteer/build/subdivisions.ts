import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IndexBuilder, PAIR_ALIAS, PAIR_BARE, TIER } from '../index.js';
import type { ArabicSpellings } from './arabic-spellings.js';
import { nameKey } from '../scan.js';

/**
 * First-level subdivisions (oblasts, governorates, provinces, states): codes, local names and types from
 * iso-3166-2 (MIT), English display names from CLDR (cldr-subdivisions-full, Unicode licence v3), and the
 * English press names of the regions the domain keeps naming from gazetteers/curated/subdivision-names.json
 * ("Donetsk", "Zaporizhzhia"), since ISO gives "Donetska oblast" and CLDR "Donechchyna".
 *
 * Each subdivision is named with and without its designator: "Donetsk Oblast", "Donetsk region",
 * "Donetsk Province" and (flagged bare, weaker than a city of that name) "Donetsk".
 */
const require = createRequire(import.meta.url);

export const SUBDIVISION_LIST = 'subdivisions';

export interface SubdivisionNames {
  source: string;
  /** ISO 3166-2 code → English press names without designator. */
  names: Record<string, string[]>;
}

interface IsoData {
  data: Record<string, { name: string; sub: Record<string, { type: string; name: string }> }>;
}

/** Designator words stripped from official names to find the core name. */
const DESIGNATOR_WORDS = /\b(oblast'?|oblasti|region|province|governorate|muhafazat|state|krai|kray|okrug|autonomous|republic of|republic|county|prefecture|district|voivodeship|avtonomna respublika)\b/giu;

/** Designators every subdivision is written with, plus the ones its ISO type calls for. */
const GENERIC_DESIGNATORS = ['region', 'province'];
const TYPE_DESIGNATORS: readonly [RegExp, string[]][] = [
  [/region|oblast/i, ['Oblast']],
  [/governorate/i, ['Governorate']],
  [/state/i, ['State']],
  [/krai|territory/i, ['Krai']],
  [/republic/i, ['Republic']],
  [/county/i, ['County']],
  [/district/i, ['District']],
];
/** How English names a curated press name's subdivision in full ("Donetsk Oblast", "Idlib Governorate"). */
const CANONICAL_DESIGNATOR: Readonly<Record<string, string>> = { SY: 'Governorate', IQ: 'Governorate' };

/** Countries where English writes "Oblast" for first-level regions whatever ISO calls them. */
const OBLAST_COUNTRIES = new Set(['UA', 'RU', 'BY', 'KZ', 'KG', 'TJ', 'BG']);

function cldrNames(): Record<string, string> {
  const base = dirname(require.resolve('cldr-subdivisions-full/package.json'));
  const file = join(base, 'subdivisions', 'en', 'en.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } };
  return raw.subdivisions.localeDisplayNames.subdivisions;
}

/**
 * CLDR's deprecated subdivision codes → the codes that replaced them (cldr-core, the CLDR package's own
 * dependency). iso-3166-2 still writes some countries' old codes (China's numeric "CN-54", Poland's, the Czech
 * regions'), which CLDR's English names are keyed by the new ones ("cnxz": "Tibet"): without the alias 106
 * subdivisions had no English name, and Tibet was named only "Xizang".
 */
function cldrAliases(): Record<string, string> {
  const base = dirname(require.resolve('cldr-core/package.json', { paths: [dirname(require.resolve('cldr-subdivisions-full/package.json'))] }));
  const raw = JSON.parse(readFileSync(join(base, 'supplemental', 'aliases.json'), 'utf8')) as {
    supplemental: { metadata: { alias: { subdivisionAlias: Record<string, { _replacement: string }> } } };
  };
  const out: Record<string, string> = {};
  // A replacement of several codes (a subdivision split in two) names none of them alone.
  for (const [code, alias] of Object.entries(raw.supplemental.metadata.alias.subdivisionAlias)) if (!alias._replacement.includes(' ')) out[code] = alias._replacement;
  return out;
}

/** The English CLDR name of an ISO 3166-2 code, through CLDR's alias when iso-3166-2 writes a deprecated code. */
function englishName(cldr: Record<string, string>, aliases: Record<string, string>, code: string): string | undefined {
  const key = code.replace('-', '').toLowerCase();
  const replacement = aliases[key];
  return cldr[key] ?? (replacement === undefined ? undefined : cldr[replacement]);
}

function core(name: string): string {
  return name.replace(DESIGNATOR_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The subdivisions of each country by the folded core names they are written with ("donetsk", "kherson",
 * "deir ez zor"): what the GeoNames build links a first-level area to by the name of its seat (geonames.ts).
 */
export interface SubdivisionsByName {
  names: Map<string, Map<string, number[]>>;
  /** The subdivisions that are cities (ISO type "City", "Autonomous city", …: Kyiv, Moscow, Minsk). */
  cities: Set<number>;
}

/**
 * `arabic`: the press spellings of Arabic names (arabic-spellings.ts), for the subdivisions of the countries it covers ("Shabwah" → "Shabwa").
 * `byName`, when given, is filled with every subdivision's core names (SubdivisionsByName).
 */
export function addSubdivisions(builder: IndexBuilder, curated: SubdivisionNames, isCommonName: (name: string) => boolean, arabic?: ArabicSpellings, byName?: SubdivisionsByName): number {
  const iso = (require('iso-3166-2') as IsoData).data;
  const cldr = cldrNames();
  const aliases = cldrAliases();
  let added = 0;
  for (const [country, c] of Object.entries(iso)) {
    for (const [code, sub] of Object.entries(c.sub)) {
      const english = englishName(cldr, aliases, code);
      const pressNames = curated.names[code] ?? [];
      const canonical = pressNames[0] ? `${pressNames[0]} ${canonicalDesignator(country, sub.type)}`.trim() : (english ?? sub.name);
      const record = builder.addRecord({
        id: `subdivision:${code}`,
        name: canonical,
        type: 'Place',
        placeKind: 'AdministrativeArea',
        country,
        list: SUBDIVISION_LIST,
        tier: TIER.open,
      });
      // Official names that are ordinary words ("Western", "Centre") would name a region everywhere.
      for (const official of [sub.name, english]) if (official && !isCommonName(official)) builder.addName(record, official, PAIR_ALIAS);
      // Curated press names are kept bare even when they are ordinary words ("Chechen Republic").
      for (const name of pressNames) builder.addName(record, name, PAIR_BARE);
      const cores = new Set([...pressNames, core(sub.name), english ? core(english) : ''].filter((n) => n.length > 2));
      if (arabic?.appliesTo(country)) for (const name of [...cores]) for (const spelled of arabic.spellings(name)) if (!isCommonName(spelled)) cores.add(spelled);
      if (byName) {
        if (/\bcity\b/i.test(sub.type)) byName.cities.add(record);
        let ofCountry = byName.names.get(country);
        if (!ofCountry) byName.names.set(country, (ofCountry = new Map()));
        for (const name of cores) {
          const key = nameKey(name);
          const records = ofCountry.get(key);
          if (!records) ofCountry.set(key, [record]);
          else if (!records.includes(record)) records.push(record);
        }
      }
      for (const name of cores) {
        for (const d of [...GENERIC_DESIGNATORS, ...designatorsFor(country, sub.type)]) builder.addName(record, `${name} ${d}`);
        // A bare name that is an ordinary word ("Centre", "North") would name a region everywhere.
        if (!isCommonName(name)) builder.addName(record, name, PAIR_BARE);
      }
      added++;
    }
  }
  return added;
}

function canonicalDesignator(country: string, type: string): string {
  if (OBLAST_COUNTRIES.has(country) && /region|oblast/i.test(type)) return 'Oblast';
  if (/krai|territory/i.test(type)) return 'Krai';
  return CANONICAL_DESIGNATOR[country] ?? '';
}

function designatorsFor(country: string, type: string): string[] {
  const out = OBLAST_COUNTRIES.has(country) && /region|oblast/i.test(type) ? ['Oblast'] : [];
  for (const [re, words] of TYPE_DESIGNATORS) if (re.test(type)) out.push(...words);
  return [...new Set(out)];
}
