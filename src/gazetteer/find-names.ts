import type { Doc, Mention } from '../model/document.js';
import { MentionRecord } from '../model/records.js';
import { SHORT_ALIAS_LENGTH, matchConfidence } from './evidence.js';
import {
  findKey, KEY_COMMON, KEY_PERSON, pairFlags, pairRecord, PAIR_ACRONYM, PAIR_ALIAS, PAIR_DEMONYM, PLACE_KINDS, recordRef, TIER, TYPES,
  type CompiledIndex,
} from './index.js';
import { cachedMatches, writtenAsName, writtenInCapitals, type NameMatch } from './match.js';
import { BREAK_BEFORE, CAP, SENTENCE_START, UPPER, WEAK_CASE, docWords, type WordTokens } from './scan.js';
import { applySpanRules, isNameSuffix } from './span-rules.js';
import { unlistedAfter, unlistedBefore, type NeighbourWords } from './unlisted-neighbour.js';
import { COMPASS_QUALIFIERS, LIST_JOINERS, OFFICES_AFTER_PLACE, PLACE_DESIGNATORS, PLACE_PREPOSITIONS, PLURAL_DESIGNATORS } from './words.js';
import { sortInPlace } from '../model/in-order.js';
import { keyRegion, ParagraphRegions } from './document-regions.js';
import { namesakesAllElsewhere } from './namesakes-elsewhere.js';
import { ownedBranch } from './owned-branch.js';
import { hyphenCompound } from './hyphen-compound-name.js';
import { WordMarks } from './word-marks.js';

/** An index and which of its lists a pipeline selected (undefined: all). */
export interface IndexSource {
  index: CompiledIndex;
  lists?: ReadonlySet<number>;
}

/** Priorities on the project's scale (see src/recognize/resolve-overlaps.ts). */
export const PRIORITY_PLACE = 50;
export const PRIORITY_CURATED = 60;

interface Candidate {
  source: IndexSource;
  match: NameMatch;
}

interface Chosen {
  record: number;
  pair: number;
}

/** Per source: key * 2 + (written in capitals ? 1 : 0) → its eligible pairs. The answer depends on the key,
 *  the source's lists and the capitals only; a memo spares a look into the index's large tables, which in a
 *  pipeline missed the CPU caches, and a new list per candidate. */
const pairMemos = new WeakMap<IndexSource, Map<number, readonly number[]>>();
const PAIR_MEMO_LIMIT = 50_000;

/** The pairs of a key this text may name, most likely first: selected lists, no demonyms, acronyms only in capitals. */
function eligiblePairs(src: IndexSource, m: NameMatch, capitals: boolean): readonly number[] {
  let memo = pairMemos.get(src);
  if (!memo) pairMemos.set(src, (memo = new Map()));
  const slot = m.key * 2 + (capitals ? 1 : 0);
  let pairs = memo.get(slot);
  if (!pairs) {
    if (memo.size >= PAIR_MEMO_LIMIT) memo.clear();
    memo.set(slot, (pairs = listEligiblePairs(src, m.key, capitals)));
  }
  return pairs;
}

function listEligiblePairs(src: IndexSource, key: number, capitals: boolean): number[] {
  const { index } = src;
  const out: number[] = [];
  for (let p = index.pairStart[key]!; p < index.pairStart[key + 1]!; p++) {
    const pair = index.pairs[p]!;
    const flags = pairFlags(pair);
    if (flags & PAIR_DEMONYM) continue;
    if (flags & PAIR_ACRONYM && !capitals) continue;
    if (src.lists && !src.lists.has(index.list[pairRecord(pair)]!)) continue;
    out.push(pair);
  }
  return out;
}

/**
 * Countries the document is about, from what it names unambiguously: countries, demonyms, curated
 * records with a country, and large towns whose names are not ordinary words. Used to choose among
 * namesakes (a Lyman in Ukraine over one in Maine) and as evidence for ambiguous names.
 */
function documentCountries(candidates: readonly Candidate[], words: WordTokens): Set<number> {
  const countries = new Set<number>();
  for (const { source, match } of candidates) {
    const { index } = source;
    const evidence = countryEvidence(index, match.key);
    if (evidence === 0 || !writtenAsName(words, match.first, match.end, index.keyLower[match.key]!)) continue;
    if (!(evidence & EVIDENCE_ACRONYM && !writtenInCapitals(words, match.first, match.end))) countries.add(evidence >> EVIDENCE_SHIFT);
  }
  return countries;
}

/** A key's country evidence packed in one number: country << EVIDENCE_SHIFT | EVIDENCE_ACRONYM, or 0 for none. */
const EVIDENCE_ACRONYM = 1;
const EVIDENCE_SHIFT = 1;
/** Per index: key → its country evidence. What a key says does not depend on the document, and the index's
 *  tables are large, so in a pipeline every look into them missed the CPU caches; a small memo stays cached. */
const evidenceMemos = new WeakMap<CompiledIndex, Map<number, number>>();
/** Bounded like the probe memo: emptied when full, which only costs computing again. */
const EVIDENCE_MEMO_LIMIT = 50_000;

/** A town this big whose name no other record bears says which country the document is about (Saraqib, Syria). */
const ONLY_TOWN_POPULATION = 1000;

/**
 * Another record bears the key as its own name: then a big town's alternate name says nothing of the document's
 * country ("Suluk", an old name of the Philippine Jolo, is a Syrian town's own name).
 */
function ownNameElsewhere(index: CompiledIndex, key: number): boolean {
  for (let p = index.pairStart[key]! + 1; p < index.pairStart[key + 1]!; p++) if (!(pairFlags(index.pairs[p]!) & PAIR_ALIAS)) return true;
  return false;
}

/** The country a key names strongly by its most likely record (a demonym, a country or bigger tier, a large
 *  town whose name is not a common word), with whether that record is named by an acronym; 0 when none. */
function countryEvidence(index: CompiledIndex, key: number): number {
  let memo = evidenceMemos.get(index);
  if (!memo) evidenceMemos.set(index, (memo = new Map()));
  let evidence = memo.get(key);
  if (evidence === undefined) {
    evidence = 0;
    const start = index.pairStart[key]!;
    if (start !== index.pairStart[key + 1]!) {
      const pair = index.pairs[start]!;
      const r = pairRecord(pair);
      const country = index.country[r]!;
      const common = index.keyFlags[key]! & (KEY_COMMON | KEY_PERSON);
      // A town the key names alone, by its own name, is as telling as a large one: no namesake could be meant.
      const onlyTown = index.pairStart[key + 1]! - start === 1 && !(pairFlags(pair) & PAIR_ALIAS) && index.population[r]! >= ONLY_TOWN_POPULATION;
      const bigTown = index.population[r]! >= 100_000 && !(pairFlags(pair) & PAIR_ALIAS && ownNameElsewhere(index, key));
      const strong = pairFlags(pair) & PAIR_DEMONYM || index.tier[r]! >= TIER.country || ((bigTown || onlyTown) && !common);
      if (country !== 0 && strong) evidence = (country << EVIDENCE_SHIFT) | (pairFlags(pair) & PAIR_ACRONYM ? EVIDENCE_ACRONYM : 0);
    }
    if (memo.size >= EVIDENCE_MEMO_LIMIT) memo.clear();
    memo.set(key, evidence);
  }
  return evidence;
}

/**
 * How much bigger a namesake elsewhere must be to beat one in a country the document names: news names
 * the United States everywhere, which must not turn Nice (France) into Nice (California).
 */
const FOREIGN_NAMESAKE_FACTOR = 50;

const ADMINISTRATIVE_AREA = PLACE_KINDS.indexOf('AdministrativeArea');

/**
 * A town whose own name it is, in a country the document names, beats a bigger town elsewhere that bears the name
 * only as an alternate: GeoNames records no population for many Syrian towns ("Suluk", "Ariha", "Nawa" were the
 * Philippine Jolo, Jericho and the Japanese Naha, of which they are old or foreign names).
 */
const ownNameOverAlias = (top: number, pair: number): boolean => (pairFlags(top) & PAIR_ALIAS) !== 0 && (pairFlags(pair) & PAIR_ALIAS) === 0;

/**
 * A town of unrecorded population (GeoNames' 0) in a country the document names may be of any size: by its own
 * name (not an alternate) it beats a foreign namesake that is no big city ("Hays" in a report on Yemen is the Yemeni town, not Hays, Kansas).
 */
const UNRECORDED_BEATS_BELOW = 100_000;
const unrecordedOverSmall = (index: CompiledIndex, pair: number, topPopulation: number): boolean =>
  index.population[pairRecord(pair)] === 0 && (pairFlags(pair) & PAIR_ALIAS) === 0 && topPopulation < UNRECORDED_BEATS_BELOW;

/**
 * Among namesakes of the top tier, one in a country the document names beats a bigger one elsewhere. A
 * first-level subdivision there counts as big whatever its (unrecorded, zero) population: "Nineveh" in a report
 * naming Iraq is the governorate, not the American village GeoNames gives that alternate name.
 */
function choose(index: CompiledIndex, pairs: readonly number[], countries: ReadonlySet<number>): Chosen {
  const top = pairs[0]!;
  const tier = index.tier[pairRecord(top)]!;
  if (!countries.has(index.country[pairRecord(top)]!)) {
    const topPopulation = index.population[pairRecord(top)]!;
    for (const pair of pairs) {
      const r = pairRecord(pair);
      if (index.tier[r]! !== tier) break;
      if (!countries.has(index.country[r]!)) continue;
      if (index.population[r]! * FOREIGN_NAMESAKE_FACTOR >= topPopulation || index.kind[r] === ADMINISTRATIVE_AREA || ownNameOverAlias(top, pair) || unrecordedOverSmall(index, pair, topPopulation)) return { record: r, pair };
    }
  }
  return { record: pairRecord(top), pair: top };
}

/** Per index: key → the region it names (see keyRegion), memoized for the reason evidenceMemos is. */
const regionMemos = new WeakMap<CompiledIndex, Map<number, number>>();

function namedRegion(index: CompiledIndex, key: number): number {
  let memo = regionMemos.get(index);
  if (!memo) regionMemos.set(index, (memo = new Map()));
  let region = memo.get(key);
  if (region === undefined) {
    region = keyRegion(index, key, index.lists.indexOf('subdivisions'));
    if (memo.size >= EVIDENCE_MEMO_LIMIT) memo.clear();
    memo.set(key, region);
  }
  return region;
}

/** Where the document names first-level regions, read paragraph by paragraph (see document-regions.ts). */
function paragraphRegions(doc: Doc, candidates: readonly Candidate[], words: WordTokens): ParagraphRegions {
  const at: number[] = [];
  const ends: number[] = [];
  const regions: number[] = [];
  for (const { source, match } of candidates) {
    const region = namedRegion(source.index, match.key);
    if (region === 0 || !writtenAsName(words, match.first, match.end, source.index.keyLower[match.key]!)) continue;
    at.push(words.start[match.first]!);
    ends.push(words.end[match.end - 1]!);
    regions.push(region);
  }
  return new ParagraphRegions(doc.paragraphs, at, ends, regions);
}

/** A town this big keeps its name whatever region its paragraph names: "Kharkiv" is the city near any oblast. */
const KEEPS_NAME_ANYWHERE = 10_000;

/**
 * Among namesakes that are GeoNames places of the top tier, the most likely one in the region named nearest to it
 * in its paragraph beats the most likely overall, unless that one lies there too or is a town of 10,000 people or
 * more by its own name ("Lyman" stays the Donetsk town beside "Kharkiv Oblast").
 */
function inNamedRegion(index: CompiledIndex, pairs: readonly number[], region: number): Chosen | undefined {
  if (region === 0 || pairs.length < 2) return undefined;
  const top = pairs[0]!;
  const first = pairRecord(top);
  if (first < index.full.length || index.within[first] === region) return undefined;
  if (index.population[first]! >= KEEPS_NAME_ANYWHERE && !(pairFlags(top) & PAIR_ALIAS)) return undefined;
  const tier = index.tier[first]!;
  for (let k = 1; k < pairs.length; k++) {
    const r = pairRecord(pairs[k]!);
    if (index.tier[r]! !== tier) break;
    if (r >= index.full.length && index.within[r] === region) return { record: r, pair: pairs[k]! };
  }
  return undefined;
}

function mentionFor(doc: Doc, words: WordTokens, index: CompiledIndex, m: NameMatch, chosen: Chosen, confidence: number, capitals: boolean): Mention {
  const r = chosen.record;
  const type = TYPES[index.type[r]!]!;
  const start = words.start[m.first]!;
  const end = words.end[m.end - 1]!;
  const form = pairFlags(chosen.pair) & PAIR_ACRONYM && capitals ? 'acronym' : 'name';
  const mention = new MentionRecord(start, end, doc.text.slice(start, end), type, form, 'gazetteer', type === 'Place' ? PRIORITY_PLACE : PRIORITY_CURATED, confidence);
  mention.ref = recordRef(index, r);
  const kind = PLACE_KINDS[index.kind[r]!];
  if (kind) mention.placeKind = kind;
  return mention;
}

const byFirstLongest = (a: Candidate, b: Candidate): number => a.match.first - b.match.first || b.match.end - a.match.end;

/**
 * Finds gazetteer names in a document: one pass over its words per index, then evidence and choice among
 * namesakes, leftmost-longest among this recognizer's own candidates (the overlap resolver settles the
 * rest against other recognizers).
 */
export function findNames(doc: Doc, sources: readonly IndexSource[]): Mention[] {
  const words = docWords(doc);
  const candidates: Candidate[] = [];
  for (const source of sources) for (const match of cachedMatches(source.index, words)) candidates.push({ source, match });
  // One index gives its matches in this order already: the sort runs only when several indexes interleave.
  sortInPlace(candidates, byFirstLongest);
  const countries = documentCountries(candidates, words);
  const regions = paragraphRegions(doc, candidates, words);
  const neighbours = neighbourWords(candidates, words.count);

  const out: Mention[] = [];
  const matched: Candidate[] = [];
  const records: number[] = [];
  let coveredUntil = 0;
  for (const c of candidates) {
    const { match: m, source } = c;
    if (m.first < coveredUntil || !writtenAsName(words, m.first, m.end, source.index.keyLower[m.key]!)) continue;
    const capitals = writtenInCapitals(words, m.first, m.end);
    const pairs = eligiblePairs(source, m, capitals);
    if (pairs.length === 0) continue;
    const region = addressRegion(doc, words, source, m, pairs, matched, out, records);
    const chosen = region ?? choose(source.index, pairs, countries);
    const index = source.index;
    // "Belarusian Tank Troops", "the Black Sea Coastal Troops": another force's own branch (owned-branch.ts).
    if (ownedBranch(index, chosen.record, pairFlags(chosen.pair), words, m, neighbours.strongEnd.has(m.first))) continue;
    const before = m.first > 0 && !(words.flags[m.first]! & BREAK_BEFORE) ? words.folded[m.first - 1]! : '';
    const after = m.end < words.count && !(words.flags[m.end]! & BREAK_BEFORE) ? words.folded[m.end]! : '';
    const confidence = matchConfidence({
      tier: index.tier[chosen.record]!,
      pairFlags: pairFlags(chosen.pair),
      keyFlags: index.keyFlags[m.key]!,
      population: index.population[chosen.record]!,
      weakCase: (words.flags[m.first]! & (SENTENCE_START | WEAK_CASE)) !== 0,
      capitals: capitals && !(pairFlags(chosen.pair) & PAIR_ACRONYM) && (words.flags[m.first]! & UPPER) !== 0,
      beforeOtherName: after !== '' && (words.flags[m.end]! & CAP) !== 0 && !PLACE_DESIGNATORS.has(after) && !PLURAL_DESIGNATORS.has(after) && !OFFICES_AFTER_PLACE.has(after) &&
        !isNameSuffix(after) && !nameStartsAt(candidates, m.end) && /^\s+$/.test(doc.text.slice(words.end[m.end - 1]!, words.start[m.end]!)),
      beforeListedName: after !== '' && (words.flags[m.end]! & CAP) !== 0 && nameStartsAt(candidates, m.end) && /^\s+$/.test(doc.text.slice(words.end[m.end - 1]!, words.start[m.end]!)),
      preposition: before !== 'of' && PLACE_PREPOSITIONS.has(before),
      of: before === 'of',
      designator: PLACE_DESIGNATORS.has(after) || PLURAL_DESIGNATORS.has(after) || region !== undefined,
      docCountry: countries.has(index.country[chosen.record]!),
      short: words.end[m.end - 1]! - words.start[m.first]! <= SHORT_ALIAS_LENGTH,
      partOfLongerName: unlistedBefore(doc.text, words, m, neighbours) || ((pairFlags(chosen.pair) & PAIR_ALIAS) !== 0 && unlistedAfter(doc.text, words, m, neighbours)),
      hyphenCompound: hyphenCompound(doc.text, words, m),
    });
    if (confidence <= 0) continue;
    // Whether the name is a place is judged on its most likely record; the region named nearest only says which
    // namesake it is.
    const nearest = region ? 0 : regions.nearest(words.start[m.first]!, words.end[m.end - 1]!);
    const namesake = inNamedRegion(index, pairs, nearest);
    const mention = mentionFor(doc, words, index, m, namesake ?? chosen, confidence, capitals);
    if (!namesake && namesakesAllElsewhere(index, pairs, nearest, countries, regions, !(pairFlags(chosen.pair) & PAIR_ALIAS))) mention.ref = undefined;
    out.push(mention);
    matched.push(c);
    records.push((namesake ?? chosen).record);
    coveredUntil = applySpanRules(doc, words, m, mention);
  }
  applyPluralDesignators(words, matched, out);
  return out;
}

/**
 * Where strong names start and end (see unlisted-neighbour.ts): a country's, a curated record's, or (for the
 * ends) a town's main name. An open-data alternate name alone ("Voroshilovgrad" for Luhansk) is not strong.
 */
function neighbourWords(candidates: readonly Candidate[], wordCount: number): NeighbourWords {
  const listedStart = new WordMarks(wordCount);
  const strongEnd = new WordMarks(wordCount);
  for (const { source, match } of candidates) {
    for (const pair of eligiblePairs(source, match, false)) {
      const tier = source.index.tier[pairRecord(pair)]!;
      if (tier >= TIER.country) listedStart.add(match.first);
      if (tier >= TIER.country || !(pairFlags(pair) & PAIR_ALIAS)) strongEnd.add(match.end);
    }
  }
  return { listedStart, strongEnd };
}

/** A list goes on after a name: "and"/"or", or a comma and another listed name ("Kyiv, Kharkiv, and Odesa"). */
const LIST_GOES_ON = /^\s*,?\s*(?:and|or)\b/i;
/** A possessive after the name opens a new phrase: "In Washington, Georgia's minister said" names the country. */
const POSSESSIVE_AFTER = /^['’]s?\b/;
/**
 * Another capitalized item after a comma (maybe past a bracket): "Zhytomyr, Kyiv, Khmelnytskyi, …", "Cherkasy,
 * Dnipropetrovsk (including X), Kherson …" are lists (on the 294 ISW reports every such pair was a list's; an address
 * is followed by lower-case words: "San Diego, California, say …").
 */
const LIST_ITEM_AFTER = /^\s*(?:\([^()]{0,80}\)\s*)?,\s*(?:and\s+|or\s+)?\p{Lu}/u;
/** Only a comma between a city and the name after it. */
const COMMA_ONLY = /^\s*,\s*$/;
/** A list before the city: a comma, "and" or "or" right before it ("Mumbai, Varanasi, Meerut"). */
const LIST_BEFORE = /(?:,|\band|\bor)\s*$/i;

/**
 * "San Diego, California", "Omaha, Nebraska", "Manchester, England": a name right after a city and a comma, the
 * address of the city, is its first-level region when the name has one in the city's country, though a town of that
 * name would win alone (California, Maryland) or the bare region name would lack evidence. Branch newsrel4: on 480
 * stretches of unannotated wire news 16 such addresses gained their locatedIn, all right; on the 294 ISW reports 9
 * ("Horlivka, Donetsk", "Malaryta, Brest"), all right, and ISW dev +1 right. Not in a list of places ("Kyiv, Kharkiv,
 * and Odesa", "Bakhmut, Donetsk City, and …": the list goes on before or after), where the names are its members.
 */
function addressRegion(doc: Doc, words: WordTokens, source: IndexSource, m: NameMatch, pairs: readonly number[], matched: readonly Candidate[], out: readonly Mention[], records: readonly number[]): Chosen | undefined {
  const last = matched.length - 1;
  if (last < 0 || matched[last]!.source !== source || out[last]!.placeKind !== 'City') return undefined;
  const city = matched[last]!.match;
  if (city.end !== m.first || !COMMA_ONLY.test(doc.text.slice(words.end[city.end - 1]!, words.start[m.first]!))) return undefined;
  if (LIST_BEFORE.test(doc.text.slice(Math.max(0, words.start[city.first]! - 6), words.start[city.first]!))) return undefined;
  // The name goes on ("Bakhmut, Donetsk City"): a city of a list, not an address.
  if (m.end < words.count && !(words.flags[m.end]! & BREAK_BEFORE) && words.flags[m.end]! & CAP) return undefined;
  const end = words.end[m.end - 1]!;
  const rest = doc.text.slice(end, end + 100);
  if (POSSESSIVE_AFTER.test(rest) || LIST_GOES_ON.test(rest) || LIST_ITEM_AFTER.test(rest)) return undefined;
  const { index } = source;
  // A country's name stays the country: "Cancun, Mexico" is no address in Mexico State.
  if (pairs.some((pair) => PLACE_KINDS[index.kind[pairRecord(pair)]!] === 'Country')) return undefined;
  const country = index.country[records[last]!]!;
  for (const pair of pairs) {
    const r = pairRecord(pair);
    if (PLACE_KINDS[index.kind[r]!] === 'AdministrativeArea' && index.country[r] === country && country !== 0) return { record: r, pair };
  }
  return undefined;
}

/**
 * Some listed name starts at word `first` ("Avdiivka-Donetsk" is two names, not one unknown name). The
 * candidates are sorted by first word, so a binary search answers without a set of starts per document.
 */
function nameStartsAt(candidates: readonly Candidate[], first: number): boolean {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid]!.match.first < first) lo = mid + 1;
    else hi = mid;
  }
  return lo < candidates.length && candidates[lo]!.match.first === first;
}

/**
 * "Kherson and Zaporizhia regions": each listed name is the subdivision the plural designator names, so
 * each is looked up again with the singular designator ("kherson region") and relinked when found.
 */
function applyPluralDesignators(words: WordTokens, matched: readonly Candidate[], mentions: Mention[]): void {
  let designator: string | undefined;
  for (let i = matched.length - 1; i >= 0; i--) {
    const { match: m, source } = matched[i]!;
    const next = matched[i + 1]?.match;
    const after = m.end < words.count && !(words.flags[m.end]! & BREAK_BEFORE) ? words.folded[m.end]! : '';
    const plural = PLURAL_DESIGNATORS.get(after);
    if (plural) designator = plural;
    else if (!(designator && next && joinedInList(words, m.end, next.first))) designator = undefined;
    if (!designator) continue;
    const key = `${words.folded.slice(m.first, m.end).join(' ')} ${designator}`;
    const k = findKey(source.index, key);
    if (k < 0 || source.index.pairStart[k + 1]! === source.index.pairStart[k]!) continue;
    const r = pairRecord(source.index.pairs[source.index.pairStart[k]!]!);
    const mention = mentions[i]!;
    mention.ref = recordRef(source.index, r);
    mention.placeKind = PLACE_KINDS[source.index.kind[r]!] || 'AdministrativeArea';
    mention.confidence = Math.max(mention.confidence, 0.9);
  }
}

/**
 * Words between two list members are only "and"/"or", or a comma (a break with no word between), maybe with a
 * compass adjective before the next member ("Kharkiv and western Luhansk oblasts": on the 294 ISW reports 83 members
 * of such lists became their oblast instead of its city, 20 of 20 judged right).
 */
function joinedInList(words: WordTokens, end: number, nextFirst: number): boolean {
  if (nextFirst > end && COMPASS_QUALIFIERS.has(words.folded[nextFirst - 1]!) && !(words.flags[nextFirst]! & BREAK_BEFORE)) nextFirst--;
  if (nextFirst === end) return (words.flags[nextFirst]! & BREAK_BEFORE) !== 0;
  return nextFirst === end + 1 && LIST_JOINERS.has(words.folded[end]!);
}
