import type { Doc, Mention, RelationMention } from '../model/document.js';
import { derivedStatement } from './derived-statement.js';
import type { SentenceItems } from './items.js';
import { isArea, isPlace, mentionAt as mentionOf, phraseAfterPlaces, wordAt } from './place-walk.js';

/**
 * A second place phrase of the same attack: "repelled Russian attacks near A (10km west of B) in X Oblast and in the
 * direction of C", "continued routine fire along the front west of A and against C and D". The attack rules read
 * the first phrase; after its place (a list, its brackets, the region it lies in), "and" with a preposition of where an
 * attack lands opens a second phrase with no verb of its own, whose places the same actor attacked. A pass over the
 * rules' statements, as second-phrase.ts: linear in the words after each attacked place.
 */
export const SECOND_PLACE_RULE = 'attacked-second-place';
/** Below the rules that read the attack directly; measured in rules/confidence.ts. */
const SECOND_PLACE_CONFIDENCE = 0.7;
/** The attack rules whose places a second phrase goes on from (rules with an actor that opens the statement). */
const FIRST_PLACE_RULES = new Set(['attacked-place', 'attacked-fire']);

/** How many items after the first place the "and" may stand: a bracket and the region of the place. */
const MAX_TO_AND = 20;
/** Prepositions of where an attack lands (events.ts ATTACK_AT, without "of", "into" and "along": a road is no target). */
const AT = new Set(['near', 'in', 'on', 'at', 'around', 'against', 'toward', 'towards', 'outside', 'within']);
/** Words between the preposition and the place: "in the direction of", "near the northern outskirts of". */
const PLACE_WORDS = new Set([
  'the', 'of', 'direction', 'directions', 'vicinity', 'area', 'areas', 'outskirts', 'northern', 'southern', 'eastern', 'western',
  'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'settlements', 'settlement', 'villages', 'village', 'town', 'towns', 'city',
]);
const MAX_PLACE_WORDS = 5;
/** Words of another clause: the second phrase never lies beyond them. */
const CLAUSE_ENDS = new Set([';', ':', '.', 'that', 'which', 'who', 'where', 'when', 'while', 'whereas', 'as', 'but', 'because', 'although', 'though', 'after', 'before', 'since', 'until', 'if', 'to']);
const LIST_LINKS = new Set([',', 'and', 'or']);

/** `area` is a larger kind of place than `town`: "Marhanets, Dnipropetrovsk Oblast". */
const isAreaOf = (area: Mention | undefined, town: Mention): boolean => isArea(area) && !isArea(town);

/** Adds, for each attacked statement of FIRST_PLACE_RULES among found[from…] in the items' sentence, the places of a second place phrase. */
export function addSecondPlaces(doc: Doc, items: SentenceItems, found: RelationMention[], from: number): void {
  const end = found.length;
  for (let k = from; k < end; k++) {
    const r = found[k]!;
    if (r.predicate !== 'attacked' || !FIRST_PLACE_RULES.has(r.rule) || r.sentence !== items.sentence) continue;
    const at = items.mention.indexOf(r.object);
    if (at < 0) continue;
    for (const o of secondPlaces(doc, items, at)) {
      if (o === r.subject) continue;
      const a = derivedStatement(r, o, 'attacked', SECOND_PLACE_RULE, SECOND_PLACE_CONFIDENCE);
      found.push(a);
    }
  }
}

/** The places of the second phrase after the place at item `at`: "… near A (…) in X and in the direction of C and D" → C, D. */
function secondPlaces(doc: Doc, items: SentenceItems, at: number): number[] {
  const mentionAt = (i: number): Mention | undefined => mentionOf(doc, items, i);
  const key = (i: number): string => wordAt(items, i);
  // Past the first phrase's list of places, brackets and the places it lies in, up to an "and" and a preposition:
  // "… and in X" (an "and" before a place was the first list's).
  let p = phraseAfterPlaces(doc, items, at, MAX_TO_AND, (k, i) => (CLAUSE_ENDS.has(k) ? -1 : k === 'and' && AT.has(key(i + 1)) ? 2 : 0));
  if (p < 0) return [];
  for (let n = 0; n < MAX_PLACE_WORDS && PLACE_WORDS.has(key(p)); n++) p++;
  const places: number[] = [];
  while (isPlace(mentionAt(p))) {
    places.push(items.mention[p]!);
    let q = p + 1;
    while (LIST_LINKS.has(key(q))) q++;
    if (q === p + 1) break;
    // "against A and B, X Oblast": after a lone comma, an area of a kind the town is not says where the town lies.
    if (q === p + 2 && key(p + 1) === ',' && isAreaOf(mentionAt(q), mentionAt(p)!)) break;
    p = q;
  }
  return places;
}
