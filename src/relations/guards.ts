import type { Doc, Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { placeRank, typeTest } from './arg-types.js';
import { mayBeHomonymAbroad } from './homonym-link.js';
import { lastItem } from './item-extremes.js';
import { mapPacked } from '../model/packed-list.js';

const isSiteName = typeTest(['Site']);

const LIST_WORDS = new Set([',', 'and', 'or']);
const ORDINAL = /^\d+(st|nd|rd|th)$/i;
/** Names of bodies of water. */
const WATER = /\b(?:river|reservoir|sea|lake|bay|estuary|lagoon|gulf|strait)$/i;
/** Waters that no one region holds. */
const RUNNING_WATER = /\b(?:river|sea|gulf|strait)$/i;
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'al']);

/** The ISO country code a mention stands for or lies in, when the gazetteer says. */
function countryOf(m: Mention): string | undefined {
  if (m.ref?.id.startsWith('country:')) return m.ref.id.slice('country:'.length);
  return m.ref?.country;
}

/**
 * A place of no known kind (a plant, an airbase, a district the gazetteer lacks) can lie in a city:
 * "Mariupol's Azovstal Steel Plant". Two towns never contain each other.
 */
function isSiteInCity(subject: Mention, object: Mention): boolean {
  if (subject.placeKind !== 'Place') return false;
  // A named site ("the X Power Plant") in a village the gazetteer lacks, itself no site: "the X Plant in Y".
  return object.placeKind === 'City' || (object.placeKind === 'Place' && isSiteName(subject) && !isSiteName(object));
}

/** An island or another site of no known kind can lie in a body of water: "X Island in the Y River". */
function isSiteInWater(subject: Mention, object: Mention): boolean {
  return subject.placeKind === 'Place' && WATER.test(object.ref?.name ?? object.text) && !WATER.test(subject.ref?.name ?? subject.text);
}

/**
 * Containment is plausible: the subject is a smaller kind of place than the object, and when both
 * countries are known they agree ("Stolin, Belarus" yes; "Poland, Slovakia" no; "Lviv, Belarus" no).
 */
export function plausiblyContained(subject: Mention, object: Mention): boolean {
  if (placeRank(subject) >= placeRank(object) && !isSiteInCity(subject, object) && !isSiteInWater(subject, object)) return false;
  // Water holds islands and sites, never a town or a region: "west of Dovhe in the Dnipro River" says where
  // the island is (on the ISW corpus all 9 town-in-river statements read before this guard were wrong).
  if (WATER.test(object.ref?.name ?? object.text) && subject.placeKind !== 'Place') return false;
  // A river or a sea runs through several regions: "the east bank of the X River in Y Oblast" says where the bank is.
  if (RUNNING_WATER.test(subject.ref?.name ?? subject.text)) return false;
  const a = countryOf(subject);
  const b = countryOf(object);
  return a === undefined || b === undefined || a === b || mayBeHomonymAbroad(subject, object);
}

/** Nouns a place name qualifies when it stands for its authorities or forces: "DNR units", "Kherson officials". */
const GROUP_NOUNS = /^\s+(?:units?|forces|troops|soldiers|servicemen|militia|militias|fighters|officials|authorities|formations?|battalions?|brigades?|regiments?|personnel|elements)\b/i;

/**
 * The place is used as a modifier of a group noun ("Avdiivka, DNR units are …"): it names an actor there,
 * not the wider place of the one before it.
 */
export function qualifiesGroupNoun(doc: Doc, m: Mention): boolean {
  return GROUP_NOUNS.test(doc.text.slice(m.end, m.end + 16));
}

/**
 * True when the mention at `item` is one member of a list of mentions of the same type, not counting
 * the relation's other argument `partner` ("Stolin, Belarus" is a pair, "Poland, Slovakia, and Hungary" a list);
 * places count as a list only with places of the same kind (towns with towns, regions with regions).
 */
export function inList(doc: Doc, items: SentenceItems, item: number, partner: number): boolean {
  const m = doc.mentions[items.mention[item]!]!;
  // Places list with places of their own kind: in "A, B Oblast, and C, D Oblast" the oblasts locate the towns.
  const sameKind = (o: Mention) => o.type === m.type && (m.type !== 'Place' || placeRank(o) === placeRank(m));
  const sameTypeAt = (p: number) => p !== partner && p >= 0 && p < items.length && items.mention[p]! >= 0 && sameKind(doc.mentions[items.mention[p]!]!);
  const wordAt = (p: number) => p >= 0 && p < items.length && items.mention[p]! < 0 && LIST_WORDS.has(items.keys[p]!);
  const before = wordAt(item - 1) && (sameTypeAt(item - 2) || (wordAt(item - 2) && sameTypeAt(item - 3)));
  const after = wordAt(item + 1) && (sameTypeAt(item + 2) || (wordAt(item + 2) && sameTypeAt(item + 3)));
  return before || after;
}

const COMPLEMENT_OPENERS = new Set(['of', 'from']);

/** The mention at item `s` is followed right away by "of"/"from", maybe "the", and another mention. */
function hasOwnComplement(items: SentenceItems, s: number): boolean {
  const word = (p: number) => (p < items.length && items.mention[p]! < 0 ? items.keys[p] : undefined);
  if (!COMPLEMENT_OPENERS.has(word(s + 1) ?? '')) return false;
  const q = word(s + 2) === 'the' ? s + 3 : s + 2;
  return q < items.length && items.mention[q]! >= 0;
}

/**
 * The subject at item `s` is one of a list that a complement after its last conjunct names as a whole
 * ("A, B, and C of the 8th Army"): the last conjunct follows "and"/"or" and has the complement right after
 * it, and no conjunct from `s` on before the last has one of its own ("A, B of the 20th Army, and C …").
 */
export function inClosedList(items: SentenceItems, subjects: readonly number[], s: number): boolean {
  if (subjects.length < 2) return false;
  const last = lastItem(subjects);
  const p = items.keys[last - 1] === 'the' && items.mention[last - 1]! < 0 ? last - 2 : last - 1;
  const closed = p >= 0 && items.mention[p]! < 0 && (items.keys[p] === 'and' || items.keys[p] === 'or');
  return closed && hasOwnComplement(items, last) && !subjects.some((t) => t >= s && t !== last && hasOwnComplement(items, t));
}

function initials(text: string): string {
  const words = text.split(/[\s\-–]+/).filter((w) => w !== '' && !ORDINAL.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  return mapPacked(words, (w) => w[0]!.toUpperCase()).join('');
}

function letters(text: string): string {
  return text.replace(/[^A-Za-z]/g, '').toUpperCase();
}

/** One of the two is the other's acronym ("Central Military District" and "CMD"). */
function isAcronymOf(short: Mention, long: Mention): boolean {
  if (short.form !== 'acronym') return false;
  if (short.expansion && long.text.toLowerCase().includes(short.expansion.toLowerCase())) return true;
  const acronym = letters(short.text.split(/\s+/).filter((w) => !ORDINAL.test(w)).join(''));
  return acronym.length >= 2 && initials(long.text).endsWith(acronym);
}

/**
 * The two mentions name the same thing, so no relation may link them: the same gazetteer record, the
 * same text, or an acronym next to its own long form ("Combined Arms Army (CAA)").
 */
export function namesSameThing(a: Mention, b: Mention): boolean {
  if (a.ref && b.ref && a.ref.id === b.ref.id) return true;
  if (a.text === b.text) return true;
  return isAcronymOf(a, b) || isAcronymOf(b, a);
}
