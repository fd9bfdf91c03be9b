import type { Doc, Mention } from '../model/document.js';
import type { NameMatch } from './match.js';
import { CAP, type WordTokens } from './scan.js';

/**
 * Wire news writes a first-level area with a lowercase generic designator after its name ("in Helmand province",
 * "the Valle del Cauca region"); the guidelines (Wire news) keep that word outside the span: "[Helmand] province".
 * The subdivision index knows "Helmand province" as a name of the area (so the record stays the area's); only
 * the span is cut back to the name. A capitalized designator is part of the official name ("Kherson Oblast",
 * "Idlib Province"), and "city" is left alone (ISW writes "Kharkiv city" for the city itself).
 */
const LOWERCASE_DESIGNATORS: ReadonlySet<string> = new Set(['province', 'region', 'district', 'city']);

/** Cuts a lowercase trailing designator off a place mention found by match `m`. */
export function dropLowercaseDesignator(doc: Doc, words: WordTokens, m: NameMatch, mention: Mention): void {
  const last = m.end - 1;
  if (mention.type !== 'Place' || last <= m.first || words.flags[last]! & CAP || !LOWERCASE_DESIGNATORS.has(words.folded[last]!)) return;
  mention.end = words.end[last - 1]!;
  mention.text = doc.text.slice(mention.start, mention.end);
}
