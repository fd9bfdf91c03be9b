import type { Doc, Mention, RelationMention } from '../model/document.js';
import { RelationRecord } from '../model/records.js';
import { placeRank } from './arg-types.js';
import { namesDirection } from './direction-name.js';
import { clauseDate } from './clause-date.js';
import { inList, qualifiesGroupNoun } from './guards.js';
import { bearingPoint } from './bearing-point.js';
import type { SentenceItems } from './items.js';
import { isPlace, mentionAt, wordAt } from './place-walk.js';

/**
 * `locatedIn` stated loosely and confirmed by the gazetteer: "A, B, or any other town in X Oblast", "A (a village in the
 * far west of X)", "A and B oblasts in X", "the A penal colony, X Oblast", "A, far eastern X", "A (also known as A2), X
 * Oblast". The rule tables read containment from fixed shapes; this pass reads it for every place A before a wider place
 * B that the sentence introduces as where things lie ("in", a comma, a bracket), when the gazetteer knows that A lies in
 * B (the first-level subdivision a GeoNames place lies in, `ref.within`, or the country of a town, a region or a
 * subdivision) and no guard (SPAN_GUARDS) finds another phrase between. The knowledge keeps out what a loose reading
 * alone would state wrongly ("A and B in X" with A elsewhere, namesakes); the guards keep out pairs the gazetteer
 * confirms but the words do not state ("near A and in western X", "the A-B line in X"). Linear in the sentence: one
 * walk leftwards from each wider place, of at most MAX_REACH items, guards only for confirmed pairs. Runs after the
 * rules and adds only the pairs they did not state.
 */
export const KNOWN_CONTAINMENT_RULE = 'place-in-known-area';
/** Measured in rules/confidence.ts. */
const KNOWN_CONTAINMENT_CONFIDENCE = 0.75;

/** How many items the walk from B's introducer back to A may cross. */
const MAX_REACH = 16;

/** Words that introduce the wider place (after the words of BEARING_WORDS): "in X", "A, X", "A (X", "within X". */
const INTRODUCERS = new Set(['in', ',', '(', 'within', 'inside']);
/** Words between the introducer and the wider place: "in the far north of", "in the northern part of", "in occupied". */
const BEARING_WORDS = new Set([
  'the', 'far', 'part', 'parts', 'occupied', 'russian-occupied', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north', 'south', 'east', 'west', 'northeast',
  'northwest', 'southeast', 'southwest',
]);
const OF = 'of';

/** Words that open another clause: A beyond them is not what B locates. */
const CLAUSE_WORDS = new Set([';', ':', '.', 'that', 'which', 'who', 'whom', 'where', 'when', 'while', 'whereas', 'but', 'because', 'although', 'though', 'if', 'after', 'before', 'since', 'until', 'unless']);
/** Auxiliaries and copulas: a finite verb phrase. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did']);
/** Past forms not in "-ed" (a finite verb of the news' events and reports). */
const IRREGULAR_PAST = new Set([
  'took', 'retook', 'struck', 'hit', 'fought', 'made', 'began', 'said', 'held', 'left', 'fled', 'won', 'lost', 'drove',
  'broke', 'overran', 'withdrew', 'fell', 'came', 'went', 'saw', 'sent', 'told', 'met', 'gave', 'shot', 'brought',
  'built', 'kept', 'led', 'put', 'stood', 'became', 'ran', 'thought', 'wrote', 'spoke',
]);
/** Words after a form in "-ed" that make it a participle describing a noun ("a village recaptured by", "located in"). */
const PARTICIPLE_FOLLOWERS = new Set(['by', 'in', 'on', 'at', 'near', 'along', 'from', 'during', 'since', 'to', 'as', 'within', 'between', 'around', 'outside', 'under', 'with']);

/** The word at item `i` is a finite verb: an auxiliary, an irregular past, or "-ed" not followed by a preposition. */
function finiteVerb(items: SentenceItems, i: number): boolean {
  const k = wordAt(items, i);
  if (AUXILIARIES.has(k) || IRREGULAR_PAST.has(k)) return true;
  return k.length > 4 && k.endsWith('ed') && !PARTICIPLE_FOLLOWERS.has(wordAt(items, i + 1));
}

/** The country code a mention names (`country:UA`), or undefined. */
const countryNamed = (m: Mention): string | undefined => (m.ref?.id.startsWith('country:') ? m.ref.id.slice('country:'.length) : undefined);

/** The gazetteer says the place `a` lies in `b`: a town in its subdivision, a town, a subdivision or a region in its country. */
export function knownToLieIn(a: Mention, b: Mention): boolean {
  if (!isPlace(a) || !isPlace(b) || a.ref === undefined || b.ref === undefined || a.ref.id === b.ref.id) return false;
  if (b.ref.id.startsWith('subdivision:')) return a.ref.within === b.ref.id;
  const country = countryNamed(b);
  return country !== undefined && countryNamed(a) === undefined && a.ref.country === country;
}

/**
 * A place that may hold others: a first-level subdivision or a country, named (not a nationality word). The country test
 * reads the id's prefix rather than countryNamed's slice: this runs on every place of every sentence (with the loop
 * below reading the mention item directly, the pass's share of a CPU profile of the 294 ISW reports went from 3.2% to 1.5%).
 */
const isContainer = (m: Mention): boolean => isPlace(m) && m.ref !== undefined && (m.ref.id.startsWith('subdivision:') || m.ref.id.startsWith('country:'));

/**
 * The item of the word that introduces the wider place at item `b` ("in", a comma, a bracket), past the bearing words
 * between ("in the far north of"), or -1. A bearing's "of" needs an "in" before it: "10km east of X" names a point.
 */
function introducer(items: SentenceItems, b: number): number {
  let p = b - 1;
  let bearing = false;
  while (p >= 0 && (BEARING_WORDS.has(wordAt(items, p)) || wordAt(items, p) === OF)) {
    if (wordAt(items, p) === OF) bearing = true;
    p--;
  }
  const k = wordAt(items, p);
  if (!INTRODUCERS.has(k) || (bearing && k !== 'in')) return -1;
  return p;
}

/**
 * The places before the wider place at item `b` that may lie in it, nearest first: places of a smaller kind within
 * MAX_REACH items of its introducer, up to a name that is no place (a party, a unit or a person opens another phrase:
 * "A and Russian forces in X") or a place as wide as B ("A in Ukraine and B in Russia"). A wider place taken stops
 * smaller ones further back: in "A, X Oblast, Ukraine" Ukraine locates X Oblast, not A. The guards (SPAN_GUARDS) then
 * say which the words tie to B.
 */
function placesBefore(doc: Doc, items: SentenceItems, b: number, intro: number): number[] {
  const out: number[] = [];
  const bRank = placeRank(mentionAt(doc, items, b)!);
  let minRank = 0;
  let depth = 0;
  for (let p = intro - 1, n = 0; p >= 0 && n < MAX_REACH; p--, n++) {
    const m = mentionAt(doc, items, p);
    if (m === undefined) {
      const k = wordAt(items, p);
      if (k === ')') depth++;
      else if (k === '(') depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;
    if (!isPlace(m)) break;
    const rank = placeRank(m);
    if (rank >= bRank || rank < minRank) break;
    out.push(p);
    if (rank > minRank) minRank = rank;
  }
  return out;
}

/** What a guard sees: the candidate place at item `a`, the wider place at `b`, and the word introducing it at `intro`. */
interface Span {
  doc: Doc;
  items: SentenceItems;
  a: number;
  b: number;
  intro: number;
}

/**
 * The word items between the candidate and the introducer that stand outside closed brackets: the words of a bracket
 * the candidate opens and the wider place stands in ("A (in central X)", "A (a village in western X)") count, those of
 * a bracket closed before the introducer ("A (also known as A2), X") do not.
 */
function wordsBetween(span: Span): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let p = span.intro - 1; p > span.a; p--) {
    if (span.items.mention[p]! >= 0) continue;
    const k = span.items.keys[p]!;
    if (k === ')') depth++;
    else if (k === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0) out.push(p);
  }
  return out;
}

/** Hyphens and dashes that join a place to another word with no space ("the A-B line", "the A—B highway"); soft hyphens. */
const JOINERS = /^[-\u00ad\u2010\u2011\u2013\u2014]+/;
const JOINERS_BEFORE = /[-\u00ad\u2010\u2011\u2013\u2014]+$/;

/** The mention is joined to a word before or after it by a hyphen or a dash: a part of a compound ("the A-B line"). */
function inCompound(doc: Doc, m: Mention): boolean {
  const after = JOINERS.exec(doc.text.slice(m.end, m.end + 4));
  if (after && /\p{L}/u.test(doc.text.charAt(m.end + after[0].length))) return true;
  const before = JOINERS_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 4), m.start));
  return before !== null && /\p{L}/u.test(doc.text.charAt(m.start - before[0].length - 1));
}

/** Words between the candidate and the introducer, besides list words, beyond which no noun phrase of a kind ties them. */
const MAX_WORDS_BETWEEN = 3;
/** Non-finite verb forms in "-ing" ("refugees escaping persecution in X"): a clause of its own. */
const ING = /^[a-z]{3,}ing$/;

/** Prepositions that open a phrase of their own between the candidate and the wider place. */
const PREPOSITIONS = new Set(['in', 'of', 'near', 'at', 'on', 'to', 'for', 'from', 'by', 'with', 'toward', 'towards', 'along', 'around', 'against', 'into', 'through', 'across', 'outside', 'within', 'between', 'during', 'over', 'under', 'about', 'via']);
const LIST_WORDS = new Set([',', 'and', 'or', '/']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

/**
 * The guards, each a structure that says the words do not state that the candidate lies in the wider place, with what
 * it fires on among the 21 gazetteer-confirmed candidates of ISW dev + blind dev (right / wrong by the gold; 2 right in all)
 * and what it alone removes of the 298 on the 294 ISW reports (right / wrong as judged): docs/evaluation.md, branch loc9.
 */
const SPAN_GUARDS: readonly (readonly [name: string, removes: (span: Span) => boolean])[] = [
  // A new clause between: a clause word or a finite verb outside brackets ("A, which Y took, …"; "A and shelled B in X").
  // Dev 0 / 7; reports alone 1 / 11.
  ['clause-between', (span) => {
    for (const p of wordsBetween(span)) if (CLAUSE_WORDS.has(span.items.keys[p]!) || finiteVerb(span.items, p) || ING.test(span.items.keys[p]!)) return true;
    return false;
  }],
  // The candidate is part of a compound: "the A-B line in X", "the A—B highway in X" name a line, a road or a border.
  // Dev 0 / 3; reports alone 0 / 27.
  ['compound', (span) => inCompound(span.doc, mentionAt(span.doc, span.items, span.a)!)],
  // More words than a noun of kind and its modifiers ("A and other significant territory in X"): "A or resume mobile
  // offensive operations in X" is another phrase. Dev 1 / 10; reports alone 4 / 1 (it fires on 126 of the 298).
  ['many-words-between', (span) => wordsBetween(span).filter((p) => !LIST_WORDS.has(span.items.keys[p]!)).length > MAX_WORDS_BETWEEN],
  // The candidate is a bearing's reference point ("40km west of A near B, C in X"): it says where others lie.
  // Dev 0 / 4; reports alone 0 / 2.
  ['bearing-point', (span) => bearingPoint(span.doc, mentionAt(span.doc, span.items, span.a)!)],
  // "in X" coordinated with the phrase before it ("attacks near A and in western X", "against A or in X"): a second
  // place of the event, not A's. Dev 0 / 5; reports alone 0 / 28.
  ['coordinated-in', (span) => wordAt(span.items, span.intro) === 'in' && LIST_WORDS.has(wordAt(span.items, span.intro - 1))],
  // A phrase of its own between ("honors for service in X", "A to a camp in B, X"): X is that phrase's.
  // Dev 1 / 11; reports alone 3 / 7.
  ['preposition-between', (span) => {
    for (const p of wordsBetween(span)) if (PREPOSITIONS.has(span.items.keys[p]!)) return true;
    return false;
  }],
  // A comma or a bracket locates the place right before it, with its own brackets and its kind noun ("A station
  // (X)", "A penal colony, X Oblast"), not a list's earlier items: in "A and B (eastern X)" the bracket is B's, in "A, B
  // area, western X, and Y" X is one of a list (the lists of "A and B, X Oblast" are the rules': places-comma-area).
  // Dev 1 / 1; reports alone 1 / 2.
  ['comma-list', (span) => {
    if (span.items.keys[span.intro] !== ',' && span.items.keys[span.intro] !== '(') return false;
    for (const p of wordsBetween(span)) {
      const k = span.items.keys[p]!;
      if (k === ',' ? span.items.keys[p + 1] !== '(' : LIST_WORDS.has(k)) return true;
    }
    return false;
  }],
  // The wider place opens a clause as its subject ("A grounds (X has no weapons there)", "A, X said"): it locates nothing.
  // Dev 0 / 0; reports alone 1 / 1 (with the others 2 / 5).
  ['place-is-subject', (span) => finiteVerb(span.items, span.b + 1)],
  // A noun phrase of its own between ("the fate of A, given the situation in X"): X is where that is. An apposition of A
  // ("A, a village retaken in May in the far north of X") describes A itself: its article right after A's comma is no guard.
  // Dev 1 / 6; reports alone 0 / 2.
  ['noun-phrase-between', (span) => {
    for (const p of wordsBetween(span)) if (DETERMINERS.has(span.items.keys[p]!) && !(p === span.a + 2 && (span.items.keys[p - 1] === ',' || span.items.keys[p - 1] === '('))) return true;
    return false;
  }],
];

/** The rules already stated `locatedIn` between the two mentions' entities in this sentence. */
function alreadyStated(doc: Doc, found: readonly RelationMention[], from: number, a: Mention, b: Mention): boolean {
  for (let k = from; k < found.length; k++) {
    const r = found[k]!;
    if (r.predicate !== 'locatedIn') continue;
    const s = doc.mentions[r.subject]!;
    const o = doc.mentions[r.object]!;
    if ((s === a || (s.ref !== undefined && s.ref.id === a.ref?.id)) && (o === b || (o.ref !== undefined && o.ref.id === b.ref?.id))) return true;
  }
  return false;
}

/** Adds, in the items' sentence, `locatedIn(A, B)` for each place A the words tie to a wider place B that the gazetteer says holds it. */
export function addKnownContainment(doc: Doc, items: SentenceItems, found: RelationMention[], from: number): void {
  for (let b = 1; b < items.length; b++) {
    const mb = items.mention[b]!;
    if (mb < 0) continue;
    const bm = doc.mentions[mb]!;
    if (!isContainer(bm) || wordAt(items, b + 1) === "'s") continue;
    const intro = introducer(items, b);
    if (intro < 1) continue;
    // The text tests of the wider place run once, and only when the gazetteer puts a place before it inside it.
    let qualifies: boolean | undefined;
    for (const a of placesBefore(doc, items, b, intro)) {
      const am = mentionAt(doc, items, a)!;
      if (!knownToLieIn(am, bm)) continue;
      // "Donetsk Oblast forces", "the X Oblast direction", "Ukraine's General Staff": the name qualifies what follows.
      qualifies ??= qualifiesGroupNoun(doc, bm) || namesDirection(doc, bm);
      if (qualifies) break;
      // "A, Ukraine, and Poland": the wider place is one of a list of its kind, not where A lies.
      if (inList(doc, items, b, a) || alreadyStated(doc, found, from, am, bm)) continue;
      const span: Span = { doc, items, a, b, intro };
      if (SPAN_GUARDS.some(([, removes]) => removes(span))) continue;
      const r = new RelationRecord(items.mention[a]!, items.mention[b]!, 'locatedIn', KNOWN_CONTAINMENT_RULE, KNOWN_CONTAINMENT_CONFIDENCE, items.sentence);
      const date = clauseDate(doc, items.sentence, items.start[a]!, items.end[b]!);
      if (date !== undefined) r.date = date;
      found.push(r);
    }
  }
}
