import type { Doc, Mention, RelationMention } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { addAttackedAlong, isArea, isPlace, mentionAt as mentionOf, wordAt } from './place-walk.js';

/**
 * A list of attacked places that a modifier of its last member interrupts and that resumes after it (annotation
 * guidelines: every place of a list is attacked):
 * - a bearing's reference point: "shelled A and B to the southeast of X and C, and D to the southwest of X" (X only
 *   says where A and B lie: no target);
 * - a kind of settlement or a region after the members: "struck A and B hromadas in X Oblast, C, and D";
 * - another target phrase with its own place after a link: "fired at positions in the A direction and force
 *   concentrations near B", "conducted air strikes against positions in A, artillery strikes against locations in B
 *   and C, and …".
 * Read on a fresh sample of 150 unannotated ISW paragraphs (/tmp work, not the gold): 4 lists broke this way there,
 * none of the other list passes (attack-list-continuation.ts, attack-target-items.ts) reached their later members.
 * A pass over the attack rules' statements, as attack-list-continuation.ts: from each attacked place the rest of its
 * list is walked to the first word that no list holds, and one of the resuming phrases must open there. Linear in the
 * words after each place, at most MAX_WALK of them.
 */
export const LIST_RESUMED_RULE = 'attacked-list-resumed';
/** As the list continuation (attack-list-continuation.ts); measured in rules/confidence.ts at merge. */
const CONFIDENCE = 0.7;
/** The statements whose place a list may resume from: the rules' own and the other list passes'. */
const FROM_RULES = new Set(['attacked-place', 'attacked-fire', 'attacked-and', 'attacked-list-continuation']);
const MAX_WALK = 30;

const LIST_LINKS = new Set([',', 'and', 'or']);
const BEARINGS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Kinds of settlement or district named after the members: "A and B hromadas", "A and B raions". */
const SETTLEMENT_KINDS = new Set(['hromada', 'hromadas', 'raion', 'raions', 'district', 'districts', 'villages', 'settlements', 'towns', 'communities', 'community', 'microdistrict', 'microdistricts']);
/** A front named by a member: "positions in the A direction and …". */
const FRONT_NOUNS = new Set(['direction', 'axis', 'area', 'sector', 'front']);
/** What an attack phrase hits, as the head of its noun phrase ("force concentrations near B", "locations in B"). */
const TARGET_NOUNS = new Set([
  'positions', 'position', 'concentrations', 'concentration', 'locations', 'targets', 'areas', 'settlements', 'infrastructure',
  'facilities', 'facility', 'depots', 'depot', 'strongholds', 'stronghold', 'fortifications', 'bases', 'base', 'warehouses',
  'equipment', 'trenches', 'outskirts', 'villages', 'towns',
]);
/** Nouns of an attack that open another member of a list of attacks ("artillery strikes against locations in B"). */
const ATTACK_NOUNS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'attack', 'attacks', 'assault', 'assaults', 'shelling', 'bombardment', 'bombardments', 'fire', 'raid', 'raids']);
const ATTACK_TARGET_LINKS = new Set(['on', 'against', 'at']);
/** Prepositions that put a target phrase's place where the attack fell. */
const LOCATIVES = new Set(['in', 'near', 'around', 'at', 'outside']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** A nationality and its forces open another clause, no target phrase: "shelled A, and Ukrainian forces struck B". */
const FORCE_NOUNS = new Set(['forces', 'troops', 'units', 'servicemen', 'fighters', 'personnel', 'elements', 'soldiers', 'military', 'officials', 'sources']);
/** At most this many words of a target phrase before its locative preposition ("various Ukrainian force concentrations"). */
const MAX_PHRASE = 6;
/** Words no resumed target phrase holds: another clause, a report, an intention. */
const PHRASE_STOPS = new Set(['.', ';', ':', '(', ')', 'that', 'which', 'who', 'where', 'when', 'while', 'as', 'but', 'because', 'although', 'though', 'to', 'will', 'would', 'could', 'may', 'might', 'said', 'stated', 'reported', 'claimed', 'and', 'or', ',']);

/** Auxiliaries and past forms open a verb phrase, no noun phrase: "… and reinforced positions in B", "… and have secured positions in B". */
const AUXILIARIES = new Set(['have', 'has', 'had', 'are', 'is', 'were', 'was', 'be', 'been', 'did', 'do', 'does']);
/** Adjectives in -ed that stand before a target noun ("unspecified locations", "fortified positions"). */
const ED_ADJECTIVES = new Set(['unspecified', 'fortified', 'armored', 'armoured', 'mechanized', 'motorized', 'guided', 'unmanned', 'combined', 'alleged', 'suspected', 'reported', 'occupied', 'concealed', 'camouflaged', 'hardened', 'populated', 'densely']);
const isVerbForm = (k: string): boolean => AUXILIARIES.has(k) || (k.endsWith('ed') && !ED_ADJECTIVES.has(k));

/** Adds, for each attacked statement of FROM_RULES among found[from…], the places of a list resumed after it. */
export function addResumedLists(doc: Doc, items: SentenceItems, found: RelationMention[], from: number): void {
  addAttackedAlong(items, found, from, FROM_RULES, (at) => resumedPlaces(doc, items, at), LIST_RESUMED_RULE, CONFIDENCE);
}

/** The places of the lists resumed after the list holding the place at item `at` (each resumed list may be resumed again). */
export function resumedPlaces(doc: Doc, items: SentenceItems, at: number): number[] {
  const out: number[] = [];
  let from = at;
  for (let round = 0; round < 4; round++) {
    const end = listEnd(doc, items, from);
    if (end < 0) return out;
    const start = resumeStart(doc, items, end);
    if (start < 0) return out;
    const members = listMembers(doc, items, start);
    for (const p of members) out.push(items.mention[p]!);
    from = members[members.length - 1]!;
  }
  return out;
}

/** The first item past the list holding the place at `at` (its places, list words, brackets, "in X Oblast", kinds), or -1. */
function listEnd(doc: Doc, items: SentenceItems, at: number): number {
  const m = (i: number): Mention | undefined => mentionOf(doc, items, i);
  let p = at + 1;
  for (let n = 0; n < MAX_WALK && p < items.length; n++) {
    const here = m(p);
    if (here !== undefined) {
      // A nationality opens the next phrase ("… and Ukrainian positions near B"); another name ends the list.
      if (here.form === 'demonym') return p;
      if (!isPlace(here)) return -1;
      p++;
      continue;
    }
    const k = wordAt(items, p);
    if (LIST_LINKS.has(k)) p++;
    else if (k === '(') {
      const close = closeOf(items, p);
      if (close < 0) return -1;
      p = close + 1;
    } else if (k === 'in' && isArea(m(p + 1))) p += 2;
    else return p;
  }
  return -1;
}

/** The first place of a list resumed at item `p` (the first word past the list before), or -1. */
function resumeStart(doc: Doc, items: SentenceItems, p: number): number {
  const m = (i: number): Mention | undefined => mentionOf(doc, items, i);
  const key = (i: number): string => wordAt(items, i);
  // "… to the southeast of X and C": the reference point, then a link, then the next member.
  let q = p;
  if (key(q) === 'to' && key(q + 1) === 'the') q += 2;
  if (BEARINGS.has(key(q)) && key(q + 1) === 'of') {
    q += 2;
    if (key(q) === 'the') q++;
    if (!isPlace(m(q))) return -1;
    q++;
    if (key(q) === '(') {
      q = closeOf(items, q) + 1;
      if (q <= 0) return -1;
    }
    if (key(q) === ',' && key(q + 1) === 'and') q += 2;
    else if (key(q) === 'and' || key(q) === ',') q++;
    else return -1;
    return isPlace(m(q)) && !isArea(m(q)) ? q : -1;
  }
  // "… A and B hromadas in X Oblast, C, and D": the kind of the members and their region, then the list goes on.
  q = p;
  if (SETTLEMENT_KINDS.has(key(q)) && isPlace(m(q - 1))) {
    q++;
    if (key(q) === 'in' && isArea(m(q + 1))) q += 2;
    if (key(q) === ',' && key(q + 1) === 'and') q += 2;
    else if (key(q) === 'and' || key(q) === ',') q++;
    else return -1;
    return isPlace(m(q)) && !isArea(m(q)) ? q : -1;
  }
  // "… in the A direction and force concentrations near B": the front noun after a member.
  if (FRONT_NOUNS.has(key(q)) && isPlace(m(q - 1))) q++;
  // The phrase must follow a link: the one the list walk passed, or one here.
  if (key(q) === ',' && key(q + 1) === 'and') q += 2;
  else if (key(q) === 'and' || key(q) === ',') q++;
  else if (q !== p || !LIST_LINKS.has(key(p - 1))) return -1;
  return targetPhrasePlace(doc, items, q);
}

/**
 * The place of a target phrase starting at `q` — "(the) force concentrations near B", "artillery strikes against
 * various locations in B" — or -1: a few plain words headed by a target noun (after an attack noun and "on"/"against",
 * or alone), then a locative preposition and the place.
 */
function targetPhrasePlace(doc: Doc, items: SentenceItems, q: number): number {
  const key = (i: number): string => wordAt(items, i);
  let sawAttack = false;
  let headed = false;
  let p = q;
  for (let n = 0; n <= MAX_PHRASE * 2 && p < items.length; n++, p++) {
    if (items.mention[p]! >= 0) {
      // A nationality before the target ("Ukrainian positions") is part of the phrase; any other name ends it.
      const here = mentionOf(doc, items, p)!;
      if (here.form === 'demonym' && !FORCE_NOUNS.has(key(p + 1))) continue;
      return -1;
    }
    const k = key(p);
    if (LOCATIVES.has(k) && headed) break;
    if (PHRASE_STOPS.has(k) || isVerbForm(k)) return -1;
    if (ATTACK_NOUNS.has(k)) sawAttack = true;
    if (ATTACK_TARGET_LINKS.has(k)) {
      if (!sawAttack) return -1;
      headed = false;
      continue;
    }
    headed = TARGET_NOUNS.has(k);
  }
  if (!headed || !LOCATIVES.has(key(p))) return -1;
  p++;
  if (ARTICLES.has(key(p))) p++;
  return isPlace(mentionOf(doc, items, p)) ? p : -1;
}

/** The items of the places of the list starting at place item `start`: "B", "B and C", "B, C, and D" (brackets passed). */
function listMembers(doc: Doc, items: SentenceItems, start: number): number[] {
  const m = (i: number): Mention | undefined => mentionOf(doc, items, i);
  const key = (i: number): string => wordAt(items, i);
  const out = [start];
  let p = start + 1;
  for (let n = 0; n < MAX_WALK && p < items.length; n++) {
    if (key(p) === '(') {
      const close = closeOf(items, p);
      if (close < 0) break;
      p = close + 1;
      continue;
    }
    // "… C, and D", "… C and D": the next member; a region after "in" only says where the members lie.
    let next = -1;
    if (key(p) === ',' && key(p + 1) === 'and') next = p + 2;
    else if (key(p) === 'and' || key(p) === ',') next = p + 1;
    if (next < 0 || !isPlace(m(next))) break;
    out.push(next);
    p = next + 1;
  }
  return out;
}

/** The item closing the bracket at `open`, or -1 within a short reach. */
function closeOf(items: SentenceItems, open: number): number {
  for (let i = open + 1; i < items.length && i < open + 20; i++) {
    if (items.mention[i]! < 0 && items.keys[i] === ')') return i;
    if (items.mention[i]! < 0 && items.keys[i] === '(') return -1;
  }
  return -1;
}
