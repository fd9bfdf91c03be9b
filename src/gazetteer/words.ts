import { NAME_PARTICLES } from './common.js';

/**
 * Small word tables the evidence rules read (folded forms). Kept as data so adding a cue is one line.
 */

/** A preposition right before a capitalized word is evidence that it names a place ("in Split"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'to', 'from', 'of', 'outside', 'at', 'around', 'towards', 'toward', 'into', 'via', 'across', 'through',
  'between', 'inside', 'within', 'throughout', 'beyond', 'past', 'over', 'along', 'outskirts',
]);

/** A designator right after a name says it is a place ("Bakhmut direction", "Kherson region"). */
export const PLACE_DESIGNATORS: ReadonlySet<string> = new Set([
  'region', 'oblast', 'province', 'governorate', 'district', 'raion', 'city', 'town', 'village', 'settlement', 'county',
  'area', 'direction', 'axis', 'hromada', 'krai', 'republic', 'municipality', 'port', 'airport', 'airbase', 'outskirts',
]);

/** "Kherson and Zaporizhia regions": the plural designator names each listed place's subdivision. */
export const PLURAL_DESIGNATORS: ReadonlyMap<string, string> = new Map([
  ['regions', 'region'], ['oblasts', 'oblast'], ['provinces', 'province'], ['governorates', 'governorate'],
  ['districts', 'district'], ['states', 'state'], ['krais', 'krai'],
]);

/**
 * Compass adjectives that narrow one member of such a list to part of its area: "Kharkiv and western Luhansk
 * oblasts" still lists two oblasts, the second qualified.
 */
export const COMPASS_QUALIFIERS: ReadonlySet<string> = new Set([
  'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central',
]);

/** Words joining the members of a list of places. */
export const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or']);

/** Words a name may hold in lower case: particles and designators ("Rostov-on-Don", "Donetsk oblast"). */
export const LOWERCASE_IN_NAME: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...PLACE_DESIGNATORS, 'sea', 'river', 'strait', 'spit', 'plant', 'bridge', 'dam']);

/** Lower-case particles that may open a name before a capitalized word ("al-Bab", "de Gaulle"), not "in" or "the". */
export const LEADING_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ar', 'as', 'ash', 'az', 'ed', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'la', 'le', 'les', 'van', 'von', 'den', 'der', 'ibn', 'bin',
]);

/** A word written with the Arabic article joined to a capitalized name: "al-Quds", "ash-Sham", "ez-Zor". */
export const ARTICLE_JOINED = /^(?:al|el|ad|ar|as|ash|at|az|an|adh|ath|ez|es|ed|et|er|en)-\p{Lu}/u;

/**
 * Offices a place's name stands before ("Enerhodar Mayor Dmytro Orlov", "Belgorod Governor …"): such a
 * capitalized word after a town's name is the office of that town, not the rest of a longer name.
 */
export const OFFICES_AFTER_PLACE: ReadonlySet<string> = new Set(['mayor', 'governor', 'head', 'deputy', 'ombudsman', 'prosecutor', 'commandant']);
