import type { Doc, Mention } from '../model/document.js';
import { inHyphenCompound } from './actor.js';
import { bearingPoint } from './bearing-point.js';
import { deniedObject } from './denied-object.js';
import { featureBearingPoint } from './feature-bearing.js';
import { forecastPredicate } from './forecast-predicate.js';
import { deployedFrom } from './home-origin.js';
import { statedAsIntention } from './intention-verb.js';
import { statedAsCapability } from './capability.js';
import { inConditionalClause } from './conditional-clause.js';
import { inDemandedClause } from './demanded-clause.js';
import { isForecastNoun, isIrrealis } from './irrealis.js';
import type { SentenceItems } from './items.js';
import { listHead } from './list-head.js';
import { amongAlternatives } from './alternative-places.js';
import { isNegated } from './negation.js';
import { attackedToward, headedToward, presenceActor } from './presence.js';
import { refutedClaim } from './refuted-claim.js';
import { respectiveMismatch } from './respective-pairs.js';
import { headingTo } from './heading-destination.js';
import { movedToward } from './unit-move-destination.js';
import { withdrawnTo } from './withdrawal-destination.js';
import { NOT_YET_WORDS } from './rules/unit-action-words.js';

/** A candidate of the broad reading (unit-place-cooccurrence.ts): a unit and a place of one sentence, the place after it. */
export interface CooccurrencePair {
  doc: Doc;
  items: SentenceItems;
  /** The items of the unit and of the place (u < p). */
  u: number;
  p: number;
  unit: Mention;
  place: Mention;
  /** The text between the unit's end and the place's start. */
  between: string;
  negation: ReadonlySet<string>;
}

const before = (x: CooccurrencePair, m: Mention, n: number): string => x.doc.text.slice(Math.max(0, m.start - n), m.start);
const mentionAt = (x: CooccurrencePair, i: number): Mention | undefined =>
  i >= 0 && i < x.items.length && x.items.mention[i]! >= 0 ? x.doc.mentions[x.items.mention[i]!]! : undefined;

/** Words that join the names of one list, which the unit's own list is read past (otherActor). */
const LIST_GLUE = new Set([',', 'and', 'or', 'the', 'of', '(', ')', 'elements', 'units']);
const isActor = (m: Mention): boolean => m.form === 'demonym' || m.type === 'MilitaryUnit' || m.type === 'Organization' || m.type === 'Person';

const OWNER_OF = /^\s*(?:\(\w+\)\s*)?(?:of|from)\s+(?:the\s+)?$/i;
const OWNER_BEFORE_UNIT = /^\s*(?:['’]s)?\s*[“"]?\s*$/;
const FROM = /\bfrom\s+(?:the\s+)?(?:(?:occupied|Russian-occupied|Ukrainian-held)\s+)?(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)?\s+)?$/i;
const RETURNED_TO = /\b(?:return\w*|sent\s+back|back)\s+(?:home\s+)?(?:to|into)\s+(?:the\s+)?$/i;
const RAISED_IN = /\b(?:recruit\w*|mobiliz\w*|conscript\w*|formed|form|forming|raised|established|created|based|headquartered)\s+(?:in|at)\s+(?:the\s+)?$/i;
const BEARING_OF_AREA = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern|ward)?\s+of\s+(?:the\s+)?(?:(?:central|downtown|greater|occupied|\w+ern)\s+)?$/i;
const CLAUSE_BREAK = /[;:]|\b(?:while|whereas|but|although|though|however)\b|\band\s+that\b|\band\s+(?:the\s+)?(?:\w+\s+)?(?:forces|troops|units|fighters|soldiers|officials|residents)\b/i;
/** "A withdrew, and X fell": the place opens a clause of its own after "and" that follows no list item. */
const AND_BEFORE = /(?:,\s*|\s)and\s+$/;
/** A relative clause on another noun: "shelled trenches that were protecting X" (one right after the unit is the unit's). */
const RELATIVE = /\b(?:that|which|who|where)\b/i;
const RELATIVE_ON_UNIT = /^\s*[,–—-]?\s*(?:that|which|who|where)\b/i;
/** Words of a plan, an order or a forecast (rules/unit-action-words.ts), and of a contrast that denies ("rather than A"). */
const NOT_YET_BETWEEN = new RegExp(`\\b(?:${NOT_YET_WORDS})\\b`, 'i');
const NOT_YET_BEFORE = new RegExp(`\\b(?:${NOT_YET_WORDS}|rather\\s+than|instead\\s+of)\\s+(?:\\S+\\s+){0,3}$`, 'i');
const BRACKET = /[()]/;

/** The place is named as a unit's owner, the pair's or another's: "the A Brigade of the B Republic", "B's A", "B “A”". */
function ownerOfSomeUnit(x: CooccurrencePair): boolean {
  let i = x.p - 1;
  if (x.items.keys[i] === 'the') i--;
  if (x.items.keys[i] === 'of' || x.items.keys[i] === 'from') {
    const owned = mentionAt(x, i - 1);
    if (owned && presenceActor(owned) && OWNER_OF.test(x.doc.text.slice(owned.end, x.place.start))) return true;
  }
  const next = mentionAt(x, x.p + 1) ?? mentionAt(x, x.p + 2);
  return next !== undefined && presenceActor(next) && OWNER_BEFORE_UNIT.test(x.doc.text.slice(x.place.end, next.start));
}

/** The unit is named as the parent of the unit before it: "the A Brigade of the (B Republic's) C Army", "A (C Fleet)". */
function parentOfUnitBefore(x: CooccurrencePair): boolean {
  const { items, doc } = x;
  let i = x.u - 1;
  // An owner's place or nationality between: "of the B Republic C Army", "of the Freedonian C Corps".
  while (i >= 0 && (items.keys[i] === "'s" || (items.mention[i]! >= 0 && (doc.mentions[items.mention[i]!]!.type === 'Place' || doc.mentions[items.mention[i]!]!.form === 'demonym')))) i--;
  if (items.keys[i] === 'the') i--;
  if (items.keys[i] !== 'of' && items.keys[i] !== '(') return false;
  const child = mentionAt(x, i - 1);
  return child !== undefined && presenceActor(child);
}

/**
 * A purpose or a plan between the unit and the place: "to" and a verb ("regrouping to attack X", "sent to reinforce
 * operations against X", "trying to enter X"), "for deployment to", "in preparation for". What follows is what the unit
 * is for, not where it is. A "to" before a place, an article, a number or an adjective of direction is a destination.
 */
const PURPOSE = /\bto\s+(?!(?:the|a|an|its|their|his|her|this|these|those|that|one|two|three|some|all|both|occupied|central|positions?|areas?|frontlines?|front|rear|reserves?|units?|bases?|\d\w*|\w+ern|\w+ward)\b)[a-z]+\b|\bfor\s+(?:\w+\s+)?(?:deployment|offensive|operations|service|attack|assault|role|task|mission|defen[cs]e|protection|control)\b|\bin\s+preparation\b|\b(?:likelihood|possibility|prospect|risk|threat)\s+of\b/;
/** The unit speaks: a verb of saying between it and the place ("the X Brigade said that fighting continues in Y"). */
const SAYS = /\b(?:said|says|stated|states|announced|announces|claimed|claims|reported|reports|noted|notes|told|added|denied|published|posted)\b/i;
/** The unit is a superior named for a subordinate: "(part of the A Army)", "under the A Army", "subordinate to A". */
const PARENT_BEFORE = /\b(?:part\s+of|under|subordinated?\s+to)\s+(?:the\s+)?(?:\S+['’]s\s+)?$/i;
/** A country's whole army stands for the country (guidelines: a country gets no operatesIn; presence.ts NATIONAL_ARMY). */
const NATIONAL_ARMY = /\bArmed Forces\b/;
/** The place names whose forces, people or officials follow: "the B troops", "B Oblast governor", "residents of B". */
const OWNER_NOUN_AFTER = /^\s*(?:['’]s\s+)?(?:troops|forces|units|fighters|soldiers|personnel|militia|governor|authorities|officials|administration|government|head|outlets?)\b/i;
const PEOPLE_OF = /\b(?:residents|natives|citizens|people|population|men|governor|authorities|officials|head|units|forces|troops|elements|fighters|formations)\s+of\s+(?:the\s+)?$|\b(?:residents|natives|citizens|people|population|governor|authorities|officials|administration)\s+(?:in|from)\s+(?:the\s+)?$/i;
/** The place, or the list it ends, names whose forces follow: "clashed with A and B government troops". */
const OWNER_LIST_AFTER = /^(?:\s*(?:,|and|or)\s*(?:\p{Lu}[\w’'-]*\s*)+)*\s*(?:\w+\s+)?(?:troops|forces|units|fighters|soldiers|militias?)\b/u;
/** The war's or the conflict's place ("the war in X"; guidelines: "war in C" gives nothing). */
const WAR_IN = /\b(?:war|conflict|crisis|invasion)\s+(?:in|of|on)\s+(?:the\s+)?$/i;
/** A place named for the time of another event: "ended before the capture of X", "since the fall of X". */
const TIME_OF = /\b(?:before|after|since|until)\s+(?:the\s+)?\w+\s+of\s+(?:the\s+)?$/i;
/** The dead of a unit: "the bodies of A fighters", "the funeral of a deceased A mercenary". */
/** The unit's legal status, which says nothing of where it is: "legalized A operations in X". */
const STATUS_BEFORE = /\b(?:legaliz\w*|legalis\w*|outlaw\w*|banned|banning|designat\w*|sanction\w*)\s+(?:of\s+)?(?:the\s+)?$/i;
/** Losses the unit inflicted: the place after is where the other party was hit. */
const INFLICTED_ON = /\binflict\w*\s+(?:\w+\s+){0,3}on\b/i;
const DEAD_BEFORE = /\b(?:bodies|body|remains|funerals?|graves?|burials?|deceased|dead)\s+(?:of\s+)?(?:(?:the|a|an)\s+)?(?:\w+\s+)?$/i;
/** The unit is what an action hits: "destroying the A", "strikes hit the A". */
const ACTED_ON_BEFORE = /\b(?:destroy\w*|struck|hit|hits|target\w*|ambush\w*|defeat\w*|encircl\w*)\s+(?:(?:the|a|an)\s+)?(?:\w+\s+)?$/i;
/** People named after the unit who are not its fighting force: "A recruiters", "A officials", "A deserters". */
const NOT_THE_FORCE_AFTER = /^\s*(?:['’]s\s+)?(?:recruiters?|recruitment|officials?|veterans?|families|family|wives|mothers|relatives|deserters?|bloggers?|milbloggers?|channels?|sources?|leadership|commanders?|financiers?|founders?|owners?|spokes\w+|press|representatives?|legaliz\w*|legal\w*)\b/i;
/** Words of keeping a unit from an action: "forbade A from withdrawing from X", "prevented A from entering X". */
const KEPT_FROM = /\b(?:forbade|forbid\w*|prohibit\w*|banned|prevent\w*|barred|stopped)\b/i;

const AGAINST = /\bagainst\s+(?:the\s+)?(?:(?:occupied|\w+ern)\s+)?$/i;

/** The first unit of the list the pair's unit is in: "the A, B, and C Brigades" → A. */
function unitListHead(x: CooccurrencePair): Mention {
  let head = x.unit;
  for (let i = x.u - 1; i >= 0 && (LIST_GLUE.has(x.items.keys[i]!) || x.items.mention[i]! >= 0); i--) {
    const m = mentionAt(x, i);
    if (m === undefined) continue;
    if (!presenceActor(m)) break;
    head = m;
  }
  return head;
}

/** Words by which a place locates the place named before it: "A, near B", "the A area of B", "A, in southern B". */
const LOCATES_PREVIOUS = /^(?:\s*,?\s*(?:\w+ly\s+)?(?:near|outside|in|close\s+to|along|by)\s+|\s*,?\s*(?:\w+ly\s+)?(?:on|in|at)\s+the\s+(?:\w+ern\s+)?(?:outskirts|edge|bank|side|part)\s+of\s+|\s+(?:area|district|raion|part|outskirts|suburbs?)\s+of\s+)(?:the\s+)?(?:\w+ern\s+)?$/i;

/** The place only locates the place before it: "in A, B Oblast", "to A, near B", "in the A area of B". */
function locatesPlaceBefore(x: CooccurrencePair): boolean {
  const { items, doc } = x;
  let i = x.p - 1;
  while (i >= 0 && items.mention[i]! < 0 && x.p - i <= 10) i--;
  const previous = mentionAt(x, i);
  if (previous === undefined || previous.type !== 'Place') return false;
  const gap = doc.text.slice(previous.end, x.place.start);
  return LOCATES_PREVIOUS.test(gap) || (/^\s*,\s*$/.test(gap) && (x.place.placeKind === 'AdministrativeArea' || x.place.placeKind === 'Region'));
}

/** A named actor other than a nationality, then at most three words (no comma or conjunction), then the unit. */
function objectOfActor(x: CooccurrencePair): boolean {
  for (let i = x.u - 1, words = 0; i >= 0 && words <= 3; i--) {
    const m = mentionAt(x, i);
    if (m !== undefined) return m.form !== 'demonym' && (m.type === 'Organization' || m.type === 'Person' || m.type === 'MilitaryUnit') && words >= 1;
    const key = x.items.keys[i]!;
    // A possessive names an owner, not an actor: "the B Guard's A Brigade".
    if (key === ',' || key === 'and' || key === 'or' || key === '(' || key === '—' || key === '–' || key === "'s") return false;
    words++;
  }
  return false;
}

/** Another actor stands between the unit (with its own list of units) and the place: the place is in that actor's clause. */
function otherActorBetween(x: CooccurrencePair): boolean {
  let i = x.u + 1;
  while (i < x.p && (LIST_GLUE.has(x.items.keys[i]!) || (x.items.mention[i]! >= 0 && presenceActor(mentionAt(x, i)!)))) i++;
  for (; i < x.p; i++) {
    const m = mentionAt(x, i);
    if (m && isActor(m)) return true;
  }
  return false;
}

/** The stage's guards of events not stated as having happened, read over the pair's span. */
function notStatedAsFact(x: CooccurrencePair): boolean {
  const { items: it, u, p } = x;
  if (NOT_YET_BETWEEN.test(x.between) || KEPT_FROM.test(x.between) || NOT_YET_BEFORE.test(before(x, x.unit, 48))) return true;
  return isNegated(it, u, p, x.negation, 3) || isIrrealis(it, u) || isForecastNoun(x.doc, it, u) || inConditionalClause(it, u, p) || inDemandedClause(it, u) || forecastPredicate(x.doc, it, u, p) || statedAsIntention(it, u, p) || statedAsCapability(it, u, p) || refutedClaim(it, u, p) || deniedObject(it, u);
}

/**
 * General guards: each removes a class of co-occurrences that are not the unit's presence at the place. Counts are
 * right/wrong candidates each removes (guards overlap), measured 2026-12-07 (branch ops9, docs/evaluation.md) on ISW dev
 * + ISW blind dev together, over the broad reading (every named unit and every place after it in its sentence that no
 * rule had paired: 510 candidates, 39 right) and within the kept class (a presence word between: 241, 26 right); "alone"
 * counts the candidates only that guard removes (broad, class). Every guard removes more wrong than right in both; a
 * candidate is dropped when any fires. The guards from "purpose" on were added after reading the reading's additions on
 * the 294 ISW reports (36 of 85 right before them) and the near-miss sentences of the rules' tests (26 of 28 after).
 */
export const COOCCURRENCE_GUARDS: readonly { name: string; test: (x: CooccurrencePair) => boolean }[] = [
  // The place is inside the unit's name or its owner phrase: "the B Oblast A Battalion", "A of the B Republic",
  // "the B-based A" (broad 0/20, class 0/10).
  { name: 'ownName', test: (x) => x.place.end <= x.unit.end || OWNER_OF.test(x.between) || inHyphenCompound(x.doc, x.place) },
  // The place is another unit's owner: "A and the C Brigade of the B Republic" (broad 0/25, class 0/2).
  { name: 'ownerOfSomeUnit', test: ownerOfSomeUnit },
  // The unit is only the parent of the unit acting: "the D Brigade of the A Army fought in X" (broad 0/67, class 0/40).
  { name: 'parentOfUnitBefore', test: parentOfUnitBefore },
  // Where the unit came from or was deployed from (guidelines: a home base is no presence) (broad 4/14, class 0/8;
  // alone 1/3, 0/2).
  { name: 'origin', test: (x) => FROM.test(before(x, listHead(x.doc, x.place), 40)) || deployedFrom(x.doc, x.place) },
  // Where a move only heads (guidelines, "Advancing toward": an attack toward X keeps it) (broad 3/24, class 2/6;
  // alone 3/1, 2/1); a unit moving or advancing straight toward X keeps it too (unit-move-destination.ts, dir18).
  { name: 'headedToward', test: (x) => (headedToward(x.doc, x.place) && !attackedToward(x.doc, x.place) && !movedToward(x.doc, x.place)) || headingTo(x.doc, x.place) },
  // Where a withdrawal or a return goes (guidelines: no place of presence) (broad 0/4, class 0/3).
  { name: 'withdrawnTo', test: (x) => withdrawnTo(x.doc, x.place) || RETURNED_TO.test(before(x, x.place, 40)) },
  // Where the unit was recruited, formed or is based (its seat, not a deployment) (broad 0/2, class 0/0).
  { name: 'raisedIn', test: (x) => RAISED_IN.test(before(x, x.place, 48)) },
  // A bearing's reference point ("20 km west of (central) Y") or a named feature's (broad 0/44, class 0/18).
  { name: 'bearing', test: (x) => bearingPoint(x.doc, x.place) || featureBearingPoint(x.doc, x.place) || BEARING_OF_AREA.test(before(x, x.place, 48)) },
  // A whole country: the reports name a unit's country as its owner or the war's, rarely as where it is (broad 9/78,
  // class 9/42; alone 0/7, 0/0).
  { name: 'country', test: (x) => x.place.placeKind === 'Country' },
  // The place only locates the place before it: "in A, B Oblast" (broad 0/20, class 0/10).
  { name: 'areaOfPlace', test: locatesPlaceBefore },
  // A bracket between: one of the two is in an aside the other is not ("A (forces of the B Republic)") (broad 3/167,
  // class 2/54).
  { name: 'bracket', test: (x) => BRACKET.test(x.between) },
  // Another unit, organization, person or nationality after the unit's own list: the place is in its clause
  // (broad 12/208, class 9/129); or named as hit by the unit ("inflicted losses on defenders in X").
  { name: 'otherActor', test: (x) => otherActorBetween(x) || INFLICTED_ON.test(x.between) },
  // A new clause between: a semicolon, a colon, "while", "but", or "and" with a new subject ("and enemy forces shelled
  // X") (broad 8/30, class 2/18; alone 3/0, 0/0).
  { name: 'clauseBreak', test: (x) => CLAUSE_BREAK.test(x.between) },
  // A purpose, a plan or a forecast between the two: "regrouping to attack X", "for deployment to X".
  // Read before the unit's list too ("to restore the A and B Brigades … in X": B as A). (Broad 12/130, class 10/61;
  // alone 3/2, 3/1: "sent to reinforce the X front" is presence in the guidelines, a plan in most other sentences.)
  { name: 'purpose', test: (x) => PURPOSE.test(x.between) || PURPOSE.test(before(x, unitListHead(x), 40)) },
  // The place is what an action is against ("strikes against X", "operations against X"): a target, not where the unit
  // is; a unit that attacked it is placed there by the attack rules (event-presence) (broad 0/1, class 0/0).
  // "A and B operate near X and Y, respectively": the rules pair the two lists by position (respective-pairs.ts); the
  // broad reading would pair A with Y too (branch resp12).
  { name: 'respectively', test: (x) => respectiveMismatch(x.items, x.u, x.p) },
  { name: 'against', test: (x) => AGAINST.test(before(x, listHead(x.doc, x.place), 24)) },
  // The unit speaks: the place is in what it says (broad 2/89, class 2/61).
  { name: 'speaker', test: (x) => SAYS.test(x.between) },
  // A superior named for its subordinate, or a country's whole army (broad 0/4, class 0/4).
  { name: 'parentOrArmy', test: (x) => PARENT_BEFORE.test(before(x, x.unit, 40)) || NATIONAL_ARMY.test(x.unit.text) },
  // The place names the owner of forces, people or an office: "B troops", "B Oblast governor", "residents of B",
  // "officials in B" (broad 0/34, class 0/4).
  { name: 'ownerOfPeople', test: (x) => OWNER_NOUN_AFTER.test(x.doc.text.slice(x.place.end, x.place.end + 24)) || OWNER_LIST_AFTER.test(x.doc.text.slice(x.place.end, x.place.end + 60)) || PEOPLE_OF.test(before(x, listHead(x.doc, x.place), 32)) },
  // Places offered as alternatives ("in A or B"): neither is stated (alternative-places.ts) (broad 0/1, class 0/0).
  { name: 'alternatives', test: (x) => amongAlternatives(x.doc, x.place) },
  // The place opens a clause of its own ("A withdrew, and X fell") or is in a relative clause on another noun
  // (broad 10/150, class 10/88; alone 0/2, 0/0).
  { name: 'otherClause', test: (x) => (AND_BEFORE.test(x.between) && mentionAt(x, x.p - 2) === undefined) || (RELATIVE.test(x.between) && !RELATIVE_ON_UNIT.test(x.between)) },
  // The war's place, or the time of another event ("the war in X", "before the capture of X") (broad 1/8, class 1/2).
  { name: 'warOrTime', test: (x) => WAR_IN.test(before(x, x.place, 32)) || TIME_OF.test(before(x, listHead(x.doc, x.place), 40)) },
  // The unit's dead, its legal status, the unit as what is hit, or people of it who are not its force (broad 3/30,
  // class 3/14; alone 1/0, 1/0).
  { name: 'notTheForce', test: (x) => DEAD_BEFORE.test(before(x, x.unit, 40)) || STATUS_BEFORE.test(before(x, x.unit, 32)) || ACTED_ON_BEFORE.test(before(x, unitListHead(x), 32)) || NOT_THE_FORCE_AFTER.test(x.doc.text.slice(x.unit.end, x.unit.end + 24)) },
  // The unit is the object of another named actor's verb: "the Y Ministry disbanded A" (broad 0/66, class 0/32).
  { name: 'objectOfActor', test: objectOfActor },
  // Negated, irrealis, forecast, intended, conditional, refuted or denied: the stage's event guards, and words of a
  // plan or of keeping from ("ordered A to", "forbade A from") (broad 5/83, class 5/22; alone 1/2, 1/1).
  { name: 'notStatedAsFact', test: notStatedAsFact },
];

/**
 * The order addCooccurrences tries the guards in: a pair is dropped when any fires, so the order changes nothing but the
 * cost, and the guards that fire often for little (a country, a bracket, another actor between) go first. Measured over
 * the 2,557 pairs that reach the guards in a pass over the 294 ISW reports (each guard timed alone on all of them, 15
 * runs, best; fires counted), ordered by time per pair ÷ pairs fired on: the guards 9.7–11.0 ms a pass in the table's
 * order, 4.6–4.8 ms in this one. Every guard of COOCCURRENCE_GUARDS is here once (tested).
 */
export const GUARD_EVALUATION_ORDER: readonly string[] = [
  'country', 'bracket', 'otherActor', 'otherClause', 'objectOfActor', 'speaker', 'parentOfUnitBefore', 'purpose', 'bearing', 'ownName',
  'clauseBreak', 'areaOfPlace', 'parentOrArmy', 'notTheForce', 'origin', 'notStatedAsFact', 'ownerOfSomeUnit', 'headedToward', 'against',
  'withdrawnTo', 'ownerOfPeople', 'warOrTime', 'alternatives', 'raisedIn', 'respectively',
];

/** COOCCURRENCE_GUARDS in GUARD_EVALUATION_ORDER (a name missing from either list is an error at load time). */
export const GUARDS_IN_EVALUATION_ORDER: readonly { name: string; test: (x: CooccurrencePair) => boolean }[] = inOrder(COOCCURRENCE_GUARDS, GUARD_EVALUATION_ORDER);

function inOrder<T extends { name: string }>(guards: readonly T[], order: readonly string[]): T[] {
  const byName = new Map(guards.map((g) => [g.name, g]));
  if (byName.size !== guards.length || order.length !== guards.length || new Set(order).size !== order.length) throw new Error('cooccurrence guards: the evaluation order must name every guard once');
  return order.map((name) => {
    const guard = byName.get(name);
    if (!guard) throw new Error(`cooccurrence guards: no guard "${name}"`);
    return guard;
  });
}
