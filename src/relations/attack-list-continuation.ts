import type { Doc, Mention, RelationMention } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { addAttackedAlong, isArea, isPlace, mentionAt as mentionOf, wordAt } from './place-walk.js';
import { unnamedMemberEnd } from './unnamed-list-member.js';

/**
 * A list of attacked places that goes on past the words the rules' lists stop at (annotation guidelines: every place
 * of a list): "shelled A and B, as well as C", "as well as areas near C", "struck A and nearby B", "shelled A and its
 * environs, B, and C", "struck A and B in X Oblast and C in Y Oblast". A pass over the attack rules' statements, as
 * second-place.ts: from each attacked place, the items of its own list are walked (places, list words, the region
 * they lie in, brackets), and a continuation word carries the attack on to the places after it. Linear in the words
 * after each place, at most MAX_WALK of them.
 */
export const LIST_CONTINUATION_RULE = 'attacked-list-continuation';
/** As the second place phrase (second-place.ts); measured in rules/confidence.ts. */
const CONFIDENCE = 0.7;
/** The rules whose places a list goes on from: those that read an actor and its attack's place directly. */
const FROM_RULES = new Set(['attacked-place', 'attacked-fire']);
const MAX_WALK = 24;

const LIST_LINKS = new Set([',', 'and', 'or']);
/** Words before the next place that say where in it or near it the attack landed ("as well as areas near C"). */
const PLACE_WORDS = new Set(['the', 'of', 'areas', 'area', 'near', 'in', 'around', 'outside', 'on', 'settlements', 'positions', 'outskirts', 'vicinity', 'city', 'town', 'village',
  // "assaults near A as well as in the direction of B" (the rules read an attack in a place's direction as one on it).
  'direction']);
const MAX_PLACE_WORDS = 4;
/** Prepositions before "the areas of B and C" after a place. */
const AREA_PREPOSITIONS = new Set(['in', 'near', 'around']);
/** Adjectives of a place next to the one before: "A and nearby B". */
const NEARBY = new Set(['nearby', 'neighboring', 'neighbouring', 'surrounding', 'adjacent']);
/** Plural nouns of settlements after NEARBY: "A and the surrounding settlements of B". */
const SETTLEMENTS = new Set(['settlements', 'villages', 'towns', 'localities', 'areas']);
/** What surrounds the place before, as a list member that names no place: "A and its environs, B, and C". */
const SURROUNDINGS = new Set(['environs', 'surroundings', 'outskirts', 'vicinity', 'suburbs']);
/** A part of the next place, named before it: "shelled the A district of B, C, and D" (B is hit, and the list goes on). */
const PART_OF = new Set(['district', 'districts', 'microdistrict', 'microdistricts', 'neighborhood', 'neighborhoods', 'outskirts', 'suburbs', 'suburb']);
/** Words that open an aside between commas after a member: "A and B, both on the east bank of the X River, and C". */
const ASIDE_OPENERS = new Set(['both', 'all', 'each', 'located', 'approximately', 'about', 'roughly', 'around', 'just', 'near', 'some', 'less', 'over', 'nearly', 'directly']);
const MAX_ASIDE = 16;
/** Words no aside holds: another clause or a verb phrase of the sentence. */
const ASIDE_STOPS = new Set(['.', ';', '(', ')', 'and', 'or', 'but', 'as', 'while', 'when', 'where', 'which', 'who', 'whereas', 'because', 'although', 'though', 'since', 'after', 'before']);
/** Where a list lies along: "A, B, and C along the X-Y highway and D" (the route's ends are no members). */
const ROUTES = new Set(['highway', 'road', 'railway', 'railroad', 'line', 'river', 'frontline', 'front', 'border', 'axis', 'bank', 'coast']);
const MAX_ROUTE = 8;
/** Regions may carry a compass word: "A and B in central X Oblast". */
const REGION_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);


/** Adds, for each attacked statement of FROM_RULES among found[from…], the places its list goes on to. */
export function addListContinuations(doc: Doc, items: SentenceItems, found: RelationMention[], from: number): void {
  addAttackedAlong(items, found, from, FROM_RULES, (at) => continuedPlaces(doc, items, at), LIST_CONTINUATION_RULE, CONFIDENCE);
}

/** The places the list holding the place at item `at` goes on to past a continuation word. */
function continuedPlaces(doc: Doc, items: SentenceItems, at: number): number[] {
  const mentionAt = (i: number): Mention | undefined => mentionOf(doc, items, i);
  const key = (i: number): string => wordAt(items, i);
  const out: number[] = [];
  let p = at + 1;
  let afterArea = false;
  // Past a continuation word, the list's later members are the attack's too ("A and its environs, B, and C").
  let carrying = false;
  for (let n = 0; n < MAX_WALK && p < items.length; n++) {
    const m = mentionAt(p);
    if (m !== undefined) {
      if (!isPlace(m)) return out;
      afterArea = isArea(m);
      if (carrying && !afterArea) out.push(items.mention[p]!);
      p++;
      continue;
    }
    const k = key(p);
    // The list's own words and the region a member lies in: "A, B, and C", "A (…)", "A in X Oblast".
    if (k === '(') {
      const close = closeOf(items, p);
      if (close < 0) return out;
      // "A, X Oblast, (an aside), B, C and D": a bracket set off by commas is an aside inside the list, which the
      // matcher's list stops at; the members after it are the attack's too.
      if (key(p - 1) === ',' && key(close + 1) === ',' && isPlace(mentionAt(close + 2)) && !isArea(mentionAt(close + 2))) {
        carrying = true;
        afterArea = false;
        p = close + 2;
        continue;
      }
      p = close + 1;
      continue;
    }
    // "A and B, both near X, and C": the aside is skipped whole (its places are where A and B lie, no targets).
    if (k === ',' && ASIDE_OPENERS.has(key(p + 1))) {
      const close = asideEnd(items, p + 1, key);
      if (close < 0) return out;
      const next = key(close + 1) === 'and' ? close + 2 : close + 1;
      if (!isPlace(mentionAt(next)) || isArea(mentionAt(next))) return out;
      carrying = true;
      afterArea = false;
      p = next;
      continue;
    }
    if (LIST_LINKS.has(k) && !(k === 'and' && afterArea)) {
      // "A and nearby B": the adjective after the link.
      if (k === 'and' && NEARBY.has(key(p + 1)) && isPlace(mentionAt(p + 2))) {
        carrying = true;
        p += 2;
        continue;
      }
      // "A and (the) surrounding settlements of B and C": the settlements named after their noun.
      const article = key(p + 1) === 'the' ? 1 : 0;
      if (k === 'and' && NEARBY.has(key(p + 1 + article)) && SETTLEMENTS.has(key(p + 2 + article)) && key(p + 3 + article) === 'of' && isPlace(mentionAt(p + 4 + article)) && !isArea(mentionAt(p + 4 + article))) {
        carrying = true;
        p += 4 + article;
        continue;
      }
      // "A and its environs, B": the surroundings are one more member.
      if (k === 'and' && (key(p + 1) === 'its' || key(p + 1) === 'their') && SURROUNDINGS.has(key(p + 2))) {
        carrying = true;
        p += 3;
        continue;
      }
      p++;
      continue;
    }
    if (k === 'in' && isArea(mentionAt(p + 1))) {
      p++;
      continue;
    }
    // "A and B in central X Oblast".
    if (k === 'in' && REGION_ADJECTIVES.has(key(p + 1)) && isArea(mentionAt(p + 2))) {
      p += 2;
      continue;
    }
    // "the A district of B, C, and D": B and the members after it.
    if (PART_OF.has(k) && key(p + 1) === 'of' && isPlace(mentionAt(p + 2)) && !isArea(mentionAt(p + 2))) {
      carrying = true;
      p += 2;
      continue;
    }
    // "A, B, and C along the X-Y highway and D": the route is skipped, the list goes on after its "and".
    if (k === 'along') {
      const route = routeEnd(items, p + 1, key);
      if (route < 0 || key(route + 1) !== 'and' || !isPlace(mentionAt(route + 2)) || isArea(mentionAt(route + 2))) return out;
      carrying = true;
      afterArea = false;
      p = route + 2;
      continue;
    }
    // "A (…), Xa Yb (…), C, and D": a member no recognizer marked, after a comma, when the list goes on to a place
    // after it (unnamed-list-member.ts).
    if (key(p - 1) === ',' && mentionAt(p - 1) === undefined) {
      const end = unnamedMemberEnd(doc, items, p);
      const link = end >= 0 && key(end) === ',' && key(end + 1) === 'and' ? end + 2 : end >= 0 && LIST_LINKS.has(key(end)) ? end + 1 : -1;
      if (link >= 0 && isPlace(mentionAt(link)) && !isArea(mentionAt(link))) {
        carrying = true;
        afterArea = false;
        p = link;
        continue;
      }
    }
    // "…, and C (8km north); and west of X near D (…)": the next group of a semicolon list, its reference point passed.
    if (k === ';') {
      const next = semicolonGroupPlace(doc, items, p, key);
      if (next < 0) return out;
      carrying = true;
      afterArea = false;
      p = next;
      continue;
    }
    // "A on May 5 and B on May 6", "A and B on May 5, and C on May 6": a date after a member, then the list goes on.
    if (k === 'on' && carryOverDate(items, p, key) > p) {
      const after = carryOverDate(items, p, key);
      const link = key(after) === ',' && key(after + 1) === 'and' ? after + 2 : key(after) === 'and' ? after + 1 : -1;
      let next = link;
      if (link >= 0 && PLACE_WORDS.has(key(link)) && key(link) !== 'of') next++;
      if (link >= 0 && isPlace(mentionAt(next)) && !isArea(mentionAt(next))) {
        carrying = true;
        afterArea = false;
        p = next;
        continue;
      }
      return out;
    }
    // "A in X Oblast and C in Y Oblast": after a region, "and" opens the next group of the list.
    let next = -1;
    let asWellAs = false;
    if (k === 'and' && afterArea) next = p + 1;
    // "A, as well as (areas near) C".
    else if (k === 'as' && key(p + 1) === 'well' && key(p + 2) === 'as') {
      next = p + 3;
      asWellAs = true;
    }
    // "strikes around A in the areas of B and C": the areas where the attack fell, named after the place (the matcher's
    // locative chain reads "in the area of B"; attack-locus.ts then drops A as their reference point).
    else if (AREA_PREPOSITIONS.has(k) && key(p + 1) === 'the' && key(p + 2) === 'areas' && key(p + 3) === 'of') next = p + 4;
    if (next < 0) return out;
    for (let w = 0; w < MAX_PLACE_WORDS && PLACE_WORDS.has(key(next)); w++) next++;
    if (!isPlace(mentionAt(next))) return out;
    // After "as well as" a region is one more target, not where the places before lie: "struck a depot in A, as well
    // as in the B Raion and C" (the list goes on after it).
    if (isArea(mentionAt(next))) {
      if (!asWellAs) return out;
      out.push(items.mention[next]!);
      carrying = true;
      afterArea = true;
      p = next + 1;
      continue;
    }
    carrying = true;
    afterArea = false;
    p = next;
  }
  return out;
}

/** The comma closing an aside that starts at `start`, or -1 (a clause or the sentence ends first). */
function asideEnd(items: SentenceItems, start: number, key: (i: number) => string): number {
  for (let i = start; i < items.length && i < start + MAX_ASIDE; i++) {
    if (items.mention[i]! >= 0) continue;
    const k = key(i);
    if (k === ',') return i;
    if (ASIDE_STOPS.has(k)) return -1;
  }
  return -1;
}

/** The route noun ending "the X-Y highway" after "along" at `start`, or -1 (no route, or a list of routes). */
function routeEnd(items: SentenceItems, start: number, key: (i: number) => string): number {
  for (let i = start; i < items.length && i < start + MAX_ROUTE; i++) {
    if (items.mention[i]! >= 0) continue;
    const k = key(i);
    if (ROUTES.has(k)) return i;
    if (k === ',' || k === 'and' || k === 'or' || ASIDE_STOPS.has(k)) return -1;
  }
  return -1;
}

/** The item closing the bracket at `open`, or -1 within a short reach. */
function closeOf(items: SentenceItems, open: number): number {
  for (let i = open + 1; i < items.length && i < open + 20; i++) {
    if (items.mention[i]! < 0 && items.keys[i] === ')') return i;
    if (items.mention[i]! < 0 && items.keys[i] === '(') return -1;
  }
  return -1;
}

/** Month words as the items key them ("May" keeps its capital: items.ts). */
const MONTHS = new Set(['january', 'february', 'march', 'april', 'May', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const DATE_JOINERS = new Set(['-', '\u2013', 'and', 'to']);

/**
 * The item after a date "on May 5", "on January 12-16", "on May 5 and 6" starting at the "on" at `on`, or `on` when no
 * date follows. A day joined by "and" is passed only when a number follows it (else "and" links the next member).
 */
function carryOverDate(items: SentenceItems, on: number, key: (i: number) => string): number {
  let p = on + 1;
  if (!MONTHS.has(key(p)) || !/^\d/.test(key(p + 1))) return on;
  p += 2;
  while (DATE_JOINERS.has(key(p)) && /^\d/.test(key(p + 1))) p += 2;
  return p < items.length ? p : on;
}

const BEARING_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Prepositions that put a semicolon group's places where the attack fell. */
const GROUP_PREPOSITIONS = new Set(['near', 'in', 'around', 'at', 'on']);

/**
 * The first place of the semicolon group after the ";" at `semi`: "; and west of X near D", "; near D", "; and in D",
 * or -1. The group's reference point ("west of X") is passed, with its bracket: it only says where the group lies
 * (attack-target.ts drops such points as targets). Used where the rules' own list broke before the semicolon (a
 * member no recognizer marked), so the matcher's chain of locative phrases never reached the group.
 */
function semicolonGroupPlace(doc: Doc, items: SentenceItems, semi: number, key: (i: number) => string): number {
  const mentionAt = (i: number): Mention | undefined => mentionOf(doc, items, i);
  let q = semi + 1;
  if (key(q) === 'and') q++;
  if (BEARING_WORDS.has(key(q))) {
    while (BEARING_WORDS.has(key(q)) || ((key(q) === ',' || key(q) === 'and') && (BEARING_WORDS.has(key(q + 1)) || key(q + 1) === 'and'))) q++;
    if (key(q) !== 'of') return -1;
    q++;
    if (key(q) === 'the') q++;
    if (!isPlace(mentionAt(q))) return -1;
    q++;
    if (key(q) === '(') {
      const close = closeOf(items, q);
      if (close < 0) return -1;
      q = close + 1;
    }
  }
  if (!GROUP_PREPOSITIONS.has(key(q))) return -1;
  q++;
  if (key(q) === 'the') q++;
  if (!isPlace(mentionAt(q)) || isArea(mentionAt(q))) return -1;
  // "; in B, Ukrainian forces struck C": a clause of its own after the place, no group of the list.
  let after = q + 1;
  if (key(after) === '(') after = closeOf(items, after) + 1;
  if (after <= 0) return -1;
  const next = mentionAt(after + 1);
  if (key(after) === ',' && next !== undefined && (next.form === 'demonym' || next.type === 'Organization' || next.type === 'MilitaryUnit')) return -1;
  return q;
}
