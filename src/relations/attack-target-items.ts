import type { Doc, Mention, RelationMention } from '../model/document.js';
import type { SentenceItems } from './items.js';
import { addAttackedAlong, isArea, isPlace, mentionAt as mentionOf, wordAt } from './place-walk.js';

/**
 * A list of things hit, each with its own place: "struck two depots in A, a command post in B, and EW stations in C",
 * "continued to target A, B, settlements in southern X Oblast, and Y Oblast". The attack rules read the first item's
 * place (and its own list); each later item is a noun phrase with no verb of its own — what was hit, named by a noun
 * of a target (a depot, a post, positions, settlements) — and the place it lies in, which the same actor attacked
 * (annotation guidelines: a strike on a target in a place attacks the place; every place of a list). A pass over the
 * attack rules' statements, as second-place.ts: linear in the words after each attacked place, at most MAX_WALK.
 */
export const TARGET_ITEMS_RULE = 'attacked-target-items';
/** As the other passes that carry an attack along its sentence; measured in rules/confidence.ts. */
const CONFIDENCE = 0.7;
/** The rules that read an actor and the place of what it hit. */
const FROM_RULES = new Set(['attacked-place', 'attacked-fire', 'attacked-past-owner']);
const MAX_WALK = 40;
/** How many words an item's noun phrase may have before its preposition ("a command and observation post of an unnamed group"). */
const MAX_ITEM_WORDS = 14;

/** Nouns of what an attack hits: military sites and assets, infrastructure, and settlements. */
const TARGET_NOUNS = new Set([
  'depot', 'depots', 'warehouse', 'warehouses', 'post', 'posts', 'point', 'points', 'headquarters', 'hq', 'base', 'bases',
  'stronghold', 'strongholds', 'position', 'positions', 'station', 'stations', 'system', 'systems', 'complex', 'complexes',
  'concentration', 'concentrations', 'bridge', 'bridges', 'crossing', 'crossings', 'facility', 'facilities', 'airfield',
  'airfields', 'plant', 'plants', 'infrastructure', 'building', 'buildings', 'settlements', 'villages', 'equipment',
  'vehicles', 'train', 'trains', 'checkpoint', 'checkpoints', 'battery', 'batteries', 'launcher', 'launchers', 'radar',
  'radars', 'port', 'barracks', 'hub', 'hubs', 'targets', 'objects', 'assets', 'ferry', 'fortifications', 'trenches',
  'dugouts', 'railcars', 'echelon', 'convoy', 'column', 'columns', 'substation', 'substations', 'areas',
]);
/** Where the item lies: the preposition before its place. */
const AT = new Set(['in', 'near', 'at', 'around', 'outside', 'on']);
/** Words between the preposition and the place: "in southwestern X Oblast", "near the outskirts of X". */
const PLACE_WORDS = new Set([
  'the', 'of', 'outskirts', 'vicinity', 'area', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'occupied', 'city', 'town', 'village',
]);
const MAX_PLACE_WORDS = 4;
/**
 * Words no item's noun phrase holds: another clause, a party or a reporter that would be a new subject ("and Russian
 * forces shelled positions in C", "and officials reported damage to depots in C"), and what the item did or suffered.
 */
const NOT_IN_ITEM = new Set([
  ';', ':', '.', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'as', 'but', 'because', 'although',
  'though', 'after', 'before', 'since', 'until', 'if', 'to', 'from', 'by', 'with', 'into', 'toward', 'towards', 'for', 'than',
  'forces', 'troops', 'units', 'soldiers', 'servicemen', 'fighters', 'officials', 'official', 'sources', 'source',
  'milbloggers', 'milblogger', 'media', 'footage', 'reported', 'reports', 'stated', 'said', 'claimed', 'claims', 'noted', 'added',
  // Auxiliaries and bare verbs open a verb phrase: "and have secured positions in C", "and attack positions near C".
  'have', 'has', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'will', 'would', 'could', 'may', 'might', 'can',
  'attack', 'strike', 'shell', 'hit', 'target', 'destroy', 'secure', 'hold', 'reinforce', 'seize', 'capture', 'take', 'took', 'struck',
  'killing', 'killed', 'wounding', 'wounded', 'injuring', 'injured', 'damaging', 'damaged', 'leaving', 'causing', 'resulting',
  ',',
]);
const LIST_LINKS = new Set([',', 'and', 'or']);

/** Adds, for each attacked statement of FROM_RULES among found[from…], the places of the later items of its target list. */
export function addTargetItems(doc: Doc, items: SentenceItems, found: RelationMention[], from: number): void {
  addAttackedAlong(items, found, from, FROM_RULES, (at) => itemPlaces(doc, items, at), TARGET_ITEMS_RULE, CONFIDENCE);
}

/** The places of the target items after the place at item `at`: "… in A, a post in B, and a depot in C" → B, C. */
function itemPlaces(doc: Doc, items: SentenceItems, at: number): number[] {
  const mentionAt = (i: number): Mention | undefined => mentionOf(doc, items, i);
  const key = (i: number): string => wordAt(items, i);
  const out: number[] = [];
  // Past the first item, the places of a later item's own list are the attack's too ("a depot in B and C").
  let carrying = false;
  let p = at + 1;
  for (let n = 0; n < MAX_WALK && p < items.length; n++) {
    const m = mentionAt(p);
    if (m !== undefined) {
      if (!isPlace(m)) return out;
      // "A, X Oblast": after a lone comma, an area of a kind the town is not says where the town lies.
      const prev = mentionAt(p - 2);
      const locates = key(p - 1) === ',' && prev !== undefined && isArea(m) && !isArea(prev);
      if (carrying && !locates) out.push(items.mention[p]!);
      p++;
      continue;
    }
    const k = key(p);
    if (k === '(') {
      const close = closeOf(items, p);
      if (close < 0) return out;
      p = close + 1;
      continue;
    }
    // "A in X Oblast": the region a member lies in.
    if (k === 'in' && isArea(mentionAt(p + 1))) {
      p += 2;
      continue;
    }
    // "in B along the T2207 highway, and …": a road or a line the item lies along.
    if (k === 'along') {
      let r = p + 1;
      while (r < items.length && r < p + 6 && mentionAt(r) === undefined && !LIST_LINKS.has(key(r)) && !NOT_IN_ITEM.has(key(r))) r++;
      if (!LIST_LINKS.has(key(r))) return out;
      p = r;
      continue;
    }
    if (!LIST_LINKS.has(k)) return out;
    const place = itemPlace(doc, items, p);
    if (place > 0) {
      carrying = true;
      p = place;
      continue;
    }
    p++;
  }
  return out;
}

/**
 * At a list word (`p`), the item of the place of a noun phrase of a target that follows ("…, and an ammunition depot in
 * C"), or -1. The phrase may hold brackets, a nationality and the unit that owns the target ("a post of the 3rd
 * Battalion in C"), never a verb or a party of its own (NOT_IN_ITEM).
 */
function itemPlace(doc: Doc, items: SentenceItems, p: number): number {
  const mentionAt = (i: number): Mention | undefined => mentionOf(doc, items, i);
  const key = (i: number): string => wordAt(items, i);
  let q = p + 1;
  if (key(p) === ',' && (key(q) === 'and' || key(q) === 'or')) q++;
  // A verb after the list word opens a verb phrase of its own, not an item ("… and reinforced positions in C",
  // "… and confirmed the destruction of a depot in C"): the carried-verb rules read those.
  if (looksLikeVerb(key(q))) return -1;
  let sawTarget = false;
  for (let words = 0; words < MAX_ITEM_WORDS && q < items.length; words++) {
    const m = mentionAt(q);
    if (m !== undefined) {
      // A place before the preposition is no item's (the list of places goes on); a nationality or the owner may stand.
      if (isPlace(m)) return -1;
      q++;
      continue;
    }
    const k = key(q);
    if (k === '(') {
      const close = closeOf(items, q);
      if (close < 0) return -1;
      q = close + 1;
      continue;
    }
    if (sawTarget && AT.has(k)) {
      let r = q + 1;
      for (let w = 0; w < MAX_PLACE_WORDS && PLACE_WORDS.has(key(r)); w++) r++;
      return isPlace(mentionAt(r)) ? r : -1;
    }
    if (NOT_IN_ITEM.has(k)) return -1;
    if (TARGET_NOUNS.has(k)) sawTarget = true;
    q++;
  }
  return -1;
}

/** Participles that open a noun phrase as adjectives ("and surrounding settlements in C"). */
const ADJECTIVE_PARTICIPLES = new Set(['surrounding', 'neighboring', 'neighbouring', 'remaining', 'occupied', 'unspecified', 'fortified', 'armored', 'armoured']);
/** A past form or a participle, unless one of the adjectives above: a verb for this pass's purpose. */
const looksLikeVerb = (k: string): boolean => (k.endsWith('ed') || k.endsWith('ing')) && !ADJECTIVE_PARTICIPLES.has(k);

/** The item closing the bracket at `open`, or -1 within a short reach. */
function closeOf(items: SentenceItems, open: number): number {
  for (let i = open + 1; i < items.length && i < open + 20; i++) {
    if (items.mention[i]! < 0 && items.keys[i] === ')') return i;
    if (items.mention[i]! < 0 && items.keys[i] === '(') return -1;
  }
  return -1;
}
