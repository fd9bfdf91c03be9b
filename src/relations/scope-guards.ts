import type { Doc, Mention } from '../model/document.js';
import { inHyphenCompound } from './actor.js';
import { bearingPoint } from './bearing-point.js';
import type { SentenceItems } from './items.js';
import { namesForcesOf } from './place-names-forces.js';
import { isArea, isPlace, mentionAt, wordAt } from './place-walk.js';

/** A place in an event's scope after the place a rule stated (scope-places.ts), with what stands between them. */
export interface ScopeCandidate {
  /** The place's item and mention. */
  item: number;
  object: number;
  /** The place the rule stated, whose scope this is. */
  seed: number;
  /** In a phrase set off by a comma after a place: what or where that place is ("A, a suburb of B"). */
  inApposition: boolean;
  /** Inside brackets: an aside ("(20km northeast of X)"). */
  inBracket: boolean;
  /** A name of another kind (a unit, a nationality, a person) stands between. */
  otherParty: boolean;
  /** A verb phrase of its own opened between ("captured A and advanced toward B"). */
  verbPhrase: boolean;
  /** A reporting verb stands between ("shelled A, the governor of B said"). */
  report: boolean;
  /** A negation stands between ("shelled A but not B" when no clause word ended it). */
  negated: boolean;
  /** An infinitive's "to" stands between: a purpose, not the event ("attacked A to cut the road to B"). */
  infinitive: boolean;
  /** The preposition governing the place, '' for none. */
  governing: string;
}

export interface ScopeGuard {
  name: string;
  applies(doc: Doc, items: SentenceItems, c: ScopeCandidate): boolean;
}

const DESTINATION = new Set(['to', 'into', 'onto']);
const TOWARD = new Set(['toward', 'towards']);
const ROUTE = new Set(['along', 'via', 'through', 'across', 'between', 'past', 'over', 'beyond']);
/** A river, a reservoir, a sea: no target of an attack (annotation guidelines), whatever the rule before read. */
const WATER = /\b(?:River|Riverbank|Reservoir|Sea|Lake|Bay|Estuary|Canal|river|reservoir)$/u;
const REGION_LINKS = new Set([',', '(', 'in']);

/**
 * The general guards of the event-scope reading, in the order they are tried; a place any of them applies to is not
 * read as the event's. Each says which part the place plays instead.
 */
export const SCOPE_GUARDS: readonly ScopeGuard[] = [
  { name: 'negated', applies: (_d, _i, c) => c.negated },
  { name: 'report', applies: (_d, _i, c) => c.report },
  { name: 'verb-phrase', applies: (_d, _i, c) => c.verbPhrase },
  { name: 'infinitive', applies: (_d, _i, c) => c.infinitive },
  { name: 'other-party', applies: (_d, _i, c) => c.otherParty },
  { name: 'aside', applies: (_d, _i, c) => c.inBracket },
  { name: 'apposition', applies: (_d, _i, c) => c.inApposition },
  { name: 'bearing', applies: (doc, _i, c) => bearingPoint(doc, doc.mentions[c.object]!) },
  { name: 'origin', applies: (_d, _i, c) => c.governing === 'from' },
  { name: 'destination', applies: (_d, _i, c) => DESTINATION.has(c.governing) },
  { name: 'toward', applies: (_d, _i, c) => TOWARD.has(c.governing) },
  { name: 'route', applies: (_d, _i, c) => ROUTE.has(c.governing) },
  { name: 'hyphen-compound', applies: (doc, _i, c) => inHyphenCompound(doc, doc.mentions[c.object]!) },
  { name: 'region-of-place', applies: (doc, items, c) => regionOfPlace(doc, items, c.item) },
  { name: 'owner', applies: (doc, items, c) => ownsNext(doc, items, c.item) },
  { name: 'modifier', applies: (doc, items, c) => modifiesNoun(doc, items, c.item) },
  { name: 'water', applies: (doc, _i, c) => WATER.test(doc.mentions[c.object]!.text) },
  { name: 'wider-area', applies: (doc, _i, c) => widerArea(doc.mentions[c.object]!, doc.mentions[c.seed]!) },
];

/** Words that may follow a place without its naming a thing of the place: list and clause words, prepositions, place nouns. */
const FOLLOWERS = new Set([
  'and', 'or', 'but', 'as', 'while', 'which', 'where', 'that', 'who', 'on', 'in', 'near', 'at', 'to', 'from', 'toward', 'towards', 'into', 'of', 'for', 'since',
  'by', 'with', 'after', 'before', 'during', 'along', 'around', 'through', 'and/or', 'city', 'town', 'village', 'oblast', 'oblasts', 'raion', 'region',
  'province', 'district', 'area', 'itself', 'proper', 'again', 'too', 'also', 'over', 'throughout', 'amid', 'until', 'between', 'against', 'within', 'outside',
]);

/** The place at item `p` qualifies the noun right after it: "the X Oblast border", "the X River bank", "the X frontline". */
function modifiesNoun(doc: Doc, items: SentenceItems, p: number): boolean {
  const k = wordAt(items, p + 1);
  return /^\p{Ll}[\p{Ll}-]*$/u.test(k) && !FOLLOWERS.has(k) && !/(?:ed|ing)$/.test(k);
}

/** An area after a settlement or a site, or a country after a region: where the stated place lies. */
function widerArea(place: Mention, seed: Mention): boolean {
  if (!isArea(place)) return false;
  return !isArea(seed) || (place.placeKind === 'Country' && seed.placeKind !== 'Country');
}

/** The area at item `p` says where the place before it lies: "A, X Oblast", "A in X Oblast", "A (X Oblast)". */
function regionOfPlace(doc: Doc, items: SentenceItems, p: number): boolean {
  if (!isArea(mentionAt(doc, items, p)) || !REGION_LINKS.has(wordAt(items, p - 1))) return false;
  const before = mentionAt(doc, items, p - 2);
  return isPlace(before) && !isArea(before);
}

/** The place at item `p` owns or qualifies what follows it: "X's", "X-led forces", a name of another kind right after. */
function ownsNext(doc: Doc, items: SentenceItems, p: number): boolean {
  if (wordAt(items, p + 1) === "'s") return true;
  const next = mentionAt(doc, items, p + 1);
  if (next !== undefined && !isPlace(next)) return true;
  return namesForcesOf(doc, doc.mentions[items.mention[p]!]!);
}
