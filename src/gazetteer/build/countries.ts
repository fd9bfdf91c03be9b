import { createRequire } from 'node:module';
import { IndexBuilder, PAIR_ACRONYM, PAIR_ALIAS, PAIR_DEMONYM, TIER } from '../index.js';

/**
 * Countries from world-countries (mledoze/countries, ODbL 1.0): common and official names, alternative
 * spellings and English demonyms, with coordinates. Extra press names, acronyms and demonym forms come
 * from gazetteers/curated/country-aliases.json.
 */
const require = createRequire(import.meta.url);

export const COUNTRY_LIST = 'countries';

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  latlng: number[];
  demonyms?: { eng?: { f: string; m: string } };
  unMember?: boolean;
}

export interface CountryAliases {
  source: string;
  /** ISO2 → extra names ("America", "Britain"). */
  names: Record<string, string[]>;
  /** ISO2 → acronyms matched only in capitals ("US", "UK", "UAE"). */
  acronyms: Record<string, string[]>;
  /** ISO2 → extra demonym forms ("Briton", "Emirati"). */
  demonyms: Record<string, string[]>;
}

/** Plural of a demonym where English names the people with it ("Ukrainians", "Israelis", not "Frenches"). */
export function demonymPlural(demonym: string): string | undefined {
  return /(an|i|ot)$/.test(demonym) ? `${demonym}s` : undefined;
}

/**
 * Who owns a demonym several countries share ("American": United States, American Samoa, …): the country
 * the curated list gives it to, else a UN member, else the first.
 */
function demonymOwners(countries: readonly WorldCountry[], aliases: CountryAliases): Map<string, string> {
  const owners = new Map<string, string>();
  const rank = (c: WorldCountry, d: string): number => ((aliases.demonyms[c.cca2] ?? []).includes(d) ? 2 : c.unMember ? 1 : 0);
  const byCode = new Map(countries.map((c) => [c.cca2, c]));
  for (const c of countries) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(aliases.demonyms[c.cca2] ?? [])]) {
      if (!d) continue;
      const owner = owners.get(d);
      if (owner === undefined || rank(c, d) > rank(byCode.get(owner)!, d)) owners.set(d, c.cca2);
    }
  }
  return owners;
}

export function addCountries(builder: IndexBuilder, aliases: CountryAliases): Map<string, number> {
  const countries = require('world-countries') as WorldCountry[];
  const owners = demonymOwners(countries, aliases);
  const byCode = new Map<string, number>();
  for (const c of countries) {
    const record = builder.addRecord({
      id: `country:${c.cca2}`,
      name: c.name.common,
      type: 'Place',
      placeKind: 'Country',
      lat: c.latlng[0],
      lon: c.latlng[1],
      country: c.cca2,
      list: COUNTRY_LIST,
      tier: TIER.country,
    });
    byCode.set(c.cca2, record);
    builder.addName(record, c.name.common);
    builder.addName(record, c.name.official, PAIR_ALIAS);
    // Two- and three-letter codes in altSpellings ("IT", "IN") would match ordinary words: acronyms are curated.
    for (const alt of c.altSpellings) if (alt.length > 3 && /^[\p{Script=Latin} ,.'’-]+$/u.test(alt)) builder.addName(record, alt, PAIR_ALIAS);
    for (const name of aliases.names[c.cca2] ?? []) builder.addName(record, name, PAIR_ALIAS);
    for (const acronym of aliases.acronyms[c.cca2] ?? []) builder.addName(record, acronym, PAIR_ALIAS | PAIR_ACRONYM);
    const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(aliases.demonyms[c.cca2] ?? [])]);
    // A demonym that is also the country's press name ("Vatican", "Djibouti", "Gibraltar") is read as the
    // name: a key's demonym reading hides its name reading, and "in the Vatican" is a place, not a
    // nationality word. (An altSpelling is no press name: world-countries lists "Thai" there.)
    const pressNames = new Set([c.name.common, ...(aliases.names[c.cca2] ?? [])]);
    for (const d of demonyms) {
      if (!d || owners.get(d) !== c.cca2 || pressNames.has(d)) continue;
      builder.addName(record, d, PAIR_DEMONYM);
      const plural = demonymPlural(d);
      if (plural) builder.addName(record, plural, PAIR_DEMONYM);
    }
  }
  return byCode;
}
