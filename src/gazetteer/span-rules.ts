import type { Doc, Mention } from '../model/document.js';
import type { NameMatch } from './match.js';
import { dropLowercaseDesignator } from './lowercase-designator.js';
import { BREAK_BEFORE, CAP, POSSESSIVE_TOKEN, type WordTokens } from './scan.js';
import { LEADING_PARTICLES } from './words.js';

/**
 * Words written next to a gazetteer name that belong to the name as the text uses it:
 * - "Kherson City": the city itself, same record, wider span;
 * - "Desna River", "Kakhovka Reservoir": a feature named after the place, not the place (no record);
 * - "Western Ukraine", "Northern Syria": a region of the country, not the country (no record);
 * - "U.S.": an acronym's closing period.
 */
const SAME_PLACE_SUFFIXES: ReadonlySet<string> = new Set(['city']);
const FEATURE_SUFFIXES: ReadonlySet<string> = new Set([
  'river', 'lake', 'island', 'islands', 'mountains', 'mountain', 'reservoir', 'peninsula', 'bay', 'gulf', 'valley', 'canal',
  'forest', 'hills', 'heights', 'spit', 'estuary', 'strait', 'plain', 'basin',
]);
/** "Kherson and Mykolaiv Oblasts", "Vilniansk Raion": an administrative area named after the place. */
const AREA_SUFFIXES: ReadonlySet<string> = new Set(['oblasts', 'raion', 'raions', 'hromada', 'district', 'districts', 'okrug', 'krai']);
/**
 * "Azovstal Steel Plant", "Belbek Airbase", "Zaporizhzhia Nuclear Power Plant": a facility named after the
 * place is a place of its own (no record). Capitalized only: "the Azot chemical plant" names the plant "Azot".
 */
const FACILITY_SUFFIXES: readonly (readonly string[])[] = [
  ['nuclear', 'power', 'plant'], ['thermal', 'power', 'plant'], ['hydroelectric', 'power', 'plant'], ['power', 'plant'],
  ['steel', 'plant'], ['metallurgical', 'plant'], ['chemical', 'plant'], ['steel', 'works'], ['airbase'], ['air', 'base'],
  ['airfield'], ['airport'], ['international', 'airport'], ['railway', 'bridge'], ['bridge'], ['dam'], ['seaport'],
  ['railway', 'station'], ['naval', 'base'],
];
const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
]);

/**
 * Movements whose regional branches are named "<movement> in <place>" ("al-Qaeda in the Islamic Maghreb", "Ansar
 * al-Sharia in Libya"): the whole is one organization, not the movement and a place (folded names; general
 * knowledge). `true`: any place may follow; `false`: only a region with "the" or places joined by "and"
 * ("Islamic State in the Greater Sahara", "… in Iraq and the Levant"), since "the Islamic State in Syria" is as
 * often the movement and where it is.
 */
const BRANCH_NAME_HEADS: ReadonlyMap<string, boolean> = new Map([
  ['al qaeda', true], ['al qaida', true], ['ansar al sharia', true], ['islamic state', false],
]);
/** Words of the place part of such a name: capitalized words, with "and", "of" and "the" between them. */
const MAX_BRANCH_PLACE_WORDS = 6;
const BRANCH_PLACE_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'the']);

/**
 * The word after the place part of "<movement> in [the] <place>" starting at word `at` (the word "in"), or 0 when
 * the words there are no such name.
 */
function branchPlaceEnd(words: WordTokens, at: number, anyPlace: boolean): number {
  const { folded, flags, count } = words;
  if (at >= count || folded[at] !== 'in' || flags[at]! & (CAP | BREAK_BEFORE)) return 0;
  let k = at + 1;
  const withThe = k < count && folded[k] === 'the' && !(flags[k]! & (CAP | BREAK_BEFORE));
  if (withThe) k++;
  let end = 0;
  // The end before the last joiner, and whether an "and" joined two places before the current one.
  let beforeJoiner = 0;
  let joined = false;
  let joinedBefore = false;
  for (let n = 0; k < count && n < MAX_BRANCH_PLACE_WORDS && !(flags[k]! & BREAK_BEFORE); n++, k++) {
    if (flags[k]! & CAP && !(flags[k]! & POSSESSIVE_TOKEN)) end = k + 1;
    else if (end > 0 && BRANCH_PLACE_JOINERS.has(folded[k]!) && k + 1 < count && (flags[k + 1]! & CAP || folded[k + 1] === 'the')) {
      if (beforeJoiner !== end) [beforeJoiner, joinedBefore] = [end, joined];
      joined ||= folded[k] === 'and';
    } else break;
  }
  // "al-Qaeda in Iraq and Ansar al-Sharia": a name going on after the joined words is another name.
  if (beforeJoiner > 0 && end > beforeJoiner && k < count && LEADING_PARTICLES.has(folded[k]!) && !(flags[k]! & (CAP | BREAK_BEFORE))) [end, joined] = [beforeJoiner, joinedBefore];
  return end > 0 && (anyPlace || withThe || joined) ? end : 0;
}

/** True for a word that extends a name under these rules ("City", "River"). */
export function isNameSuffix(folded: string): boolean {
  return SAME_PLACE_SUFFIXES.has(folded) || FEATURE_SUFFIXES.has(folded) || AREA_SUFFIXES.has(folded) || FACILITY_FIRST_WORDS.has(folded);
}

const FACILITY_FIRST_WORDS: ReadonlySet<string> = new Set(FACILITY_SUFFIXES.map((p) => p[0]!));

/** Number of words of the longest facility suffix starting at word `at` (every word capitalized, no break), or 0. */
function facilitySuffix(words: WordTokens, at: number): number {
  let best = 0;
  for (const phrase of FACILITY_SUFFIXES) {
    if (phrase.length <= best || at + phrase.length > words.count) continue;
    let k = 0;
    while (k < phrase.length && words.folded[at + k] === phrase[k] && words.flags[at + k]! & CAP && !(words.flags[at + k]! & BREAK_BEFORE)) k++;
    if (k === phrase.length) best = k;
  }
  return best;
}

/** Words of "People's Republic(s)" starting at word `at` (capitalized, unbroken), or 0. */
function peoplesRepublic(words: WordTokens, at: number): number {
  if (at + 2 >= words.count || !(words.flags[at]! & CAP) || !(words.flags[at + 1]! & POSSESSIVE_TOKEN)) return 0;
  const last = words.folded[at + 2];
  if ((last !== 'republic' && last !== 'republics') || !(words.flags[at + 2]! & CAP) || words.flags[at + 2]! & BREAK_BEFORE) return 0;
  return 3;
}

function widen(doc: Doc, mention: Mention, start: number, end: number): void {
  mention.start = start;
  mention.end = end;
  mention.text = doc.text.slice(start, end);
}

/** Applies the rules above to a mention found for match `m`; returns the word after the mention. */
export function applySpanRules(doc: Doc, words: WordTokens, m: NameMatch, mention: Mention): number {
  dropLowercaseDesignator(doc, words, m, mention);
  let end = m.end;
  const next = end < words.count && !(words.flags[end]! & BREAK_BEFORE) && words.flags[end]! & CAP ? words.folded[end]! : '';
  if (SAME_PLACE_SUFFIXES.has(next) && mention.placeKind === 'City') {
    widen(doc, mention, mention.start, words.end[end]!);
    end++;
  } else if (FEATURE_SUFFIXES.has(next) && mention.type === 'Place') {
    widen(doc, mention, mention.start, words.end[end]!);
    asUnlistedPlace(mention, 'Place');
    end++;
  } else if (AREA_SUFFIXES.has(next) && mention.type === 'Place' && mention.placeKind !== 'Country') {
    widen(doc, mention, mention.start, words.end[end]!);
    asUnlistedPlace(mention, 'AdministrativeArea');
    end++;
  } else if (next !== '' && mention.type === 'Place') {
    const facility = facilitySuffix(words, end);
    if (facility > 0) {
      widen(doc, mention, mention.start, words.end[end + facility - 1]!);
      asUnlistedPlace(mention, 'Place');
      end += facility;
    }
  }
  // "Kherson People's Republic", "the Donetsk and Luhansk People's Republics": a proxy republic named after
  // the place is a territory of its own (the guidelines: LOC, the plural inside the last name's span).
  const republic = next === 'people' && mention.type === 'Place' && mention.placeKind !== 'Country' ? peoplesRepublic(words, end) : 0;
  if (republic > 0) {
    widen(doc, mention, mention.start, words.end[end + republic - 1]!);
    asUnlistedPlace(mention, 'Region');
    end += republic;
  }
  // "Republic of Tatarstan": the official name of the same place.
  if (mention.type === 'Place' && m.first >= 2 && words.folded[m.first - 1] === 'of' && words.folded[m.first - 2] === 'republic' &&
    words.flags[m.first - 2]! & CAP && !(words.flags[m.first - 1]! & BREAK_BEFORE) && !(words.flags[m.first]! & BREAK_BEFORE)) {
    widen(doc, mention, words.start[m.first - 2]!, mention.end);
  }
  const prev = m.first > 0 && !(words.flags[m.first]! & BREAK_BEFORE) && words.flags[m.first - 1]! & CAP ? words.folded[m.first - 1]! : '';
  if (COMPASS_WORDS.has(prev) && mention.placeKind === 'Country') {
    widen(doc, mention, words.start[m.first - 1]!, mention.end);
    asUnlistedPlace(mention, 'Region');
  }
  // "BARS-13": a numbered detachment of a named formation is a unit of its own (no record).
  const numbered = mention.type === 'MilitaryUnit' ? /^[-‑–]\d{1,3}(?![\d\p{L}])/u.exec(doc.text.slice(mention.end, mention.end + 5)) : null;
  if (numbered) {
    widen(doc, mention, mention.start, mention.end + numbered[0].length);
    mention.ref = undefined;
    mention.canonical = mention.text;
    while (end < words.count && words.start[end]! < mention.end) end++;
  }
  // "al-Qaeda in the Arabian Peninsula": a branch of the movement, an organization of its own (no record).
  const anyPlace = mention.type === 'Organization' && mention.form === 'name' ? BRANCH_NAME_HEADS.get(words.folded.slice(m.first, m.end).join(' ')) : undefined;
  const branchEnd = anyPlace === undefined ? 0 : branchPlaceEnd(words, end, anyPlace);
  if (branchEnd > 0) {
    widen(doc, mention, mention.start, words.end[branchEnd - 1]!);
    mention.ref = { id: `org:${mention.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`, name: mention.text, type: 'Organization', ...(mention.ref?.armed ? { armed: true } : {}) };
    mention.canonical = mention.text;
    end = branchEnd;
  }
  if (mention.form === 'acronym' && words.end[m.end - 1]! - words.start[m.end - 1]! === 1 && doc.text.charCodeAt(mention.end) === 46) {
    widen(doc, mention, mention.start, mention.end + 1);
  }
  return end;
}

function asUnlistedPlace(mention: Mention, kind: 'Place' | 'Region' | 'AdministrativeArea'): void {
  mention.ref = undefined;
  mention.placeKind = kind;
  mention.canonical = mention.text;
  mention.confidence = Math.min(mention.confidence, 0.85);
}
