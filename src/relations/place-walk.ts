import type { Doc, Mention, RelationMention } from '../model/document.js';
import { derivedStatement } from './derived-statement.js';
import type { SentenceItems } from './items.js';

/** A named place, not a nationality word. */
export const isPlace = (m: Mention | undefined): boolean => m !== undefined && m.type === 'Place' && m.form !== 'demonym';

const AREA_KINDS = new Set(['AdministrativeArea', 'Region', 'Country']);
/** A place that is an area (an oblast, a region, a country), not a settlement or a site. */
export const isArea = (m: Mention | undefined): boolean => isPlace(m) && AREA_KINDS.has(m!.placeKind ?? '');

/** The mention of item `i`, or undefined for a word item or past the sentence. */
export const mentionAt = (doc: Doc, items: SentenceItems, i: number): Mention | undefined =>
  i < items.length && items.mention[i]! >= 0 ? doc.mentions[items.mention[i]!] : undefined;

/** The word of item `i`, or '' for a mention item or past the sentence. */
export const wordAt = (items: SentenceItems, i: number): string => (i < items.length && items.mention[i]! < 0 ? items.keys[i]! : '');

/**
 * Walks from the place at item `at` past the rest of its list (other places, list words, the places they lie in)
 * and its brackets to the word that opens the next phrase, at most `max` items on. `opener(word, i)` says, for each
 * word outside brackets, how many items the opener takes (its phrase starts after them), 0 to walk on, or -1 to give
 * up (a clause ends). Returns the item the next phrase starts at, or -1: at a name that is no place, past the end of
 * the sentence or of `max`, or at a bracket closed that was never opened. The passes that carry an event on to a
 * second place phrase (second-place.ts) or to where an attack came from (origin-places.ts) share it.
 */
export function phraseAfterPlaces(doc: Doc, items: SentenceItems, at: number, max: number, opener: (word: string, i: number) => number): number {
  let depth = 0;
  for (let n = 0, p = at + 1; ; n++, p++) {
    if (p >= items.length || n > max) return -1;
    const m = mentionAt(doc, items, p);
    if (m !== undefined) {
      if (depth === 0 && !isPlace(m)) return -1;
      continue;
    }
    const k = wordAt(items, p);
    if (k === '(') depth++;
    else if (k === ')') depth--;
    else if (depth > 0) continue;
    else {
      const taken = opener(k, p);
      if (taken < 0) return -1;
      if (taken > 0) return p + taken;
    }
    if (depth < 0) return -1;
  }
}

/**
 * For each `attacked` statement of `fromRules` among found[from…] in this sentence, adds one of `rule` for every
 * place `placesAfter` reads on from the statement's object (the list-continuation and target-items passes).
 */
export function addAttackedAlong(
  items: SentenceItems,
  found: RelationMention[],
  from: number,
  fromRules: ReadonlySet<string>,
  placesAfter: (at: number) => Iterable<number>,
  rule: string,
  confidence: number,
): void {
  const end = found.length;
  for (let k = from; k < end; k++) {
    const r = found[k]!;
    if (r.predicate !== 'attacked' || !fromRules.has(r.rule) || r.sentence !== items.sentence) continue;
    const at = items.mention.indexOf(r.object);
    if (at < 0) continue;
    for (const o of placesAfter(at)) {
      if (o !== r.subject && o !== r.object) found.push(derivedStatement(r, o, 'attacked', rule, confidence));
    }
  }
}
