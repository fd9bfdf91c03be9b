import type { Doc, Mention } from '../model/document.js';
import { foldWord } from '../gazetteer/fold.js';
import type { SentenceItems } from './items.js';

/**
 * "X City" is how the reports tell a region's capital from the region of the same name (Kherson City, Kherson
 * Oblast), so such a city lies in its namesake region and needs no other to locate it. In a list a region closes,
 * "struck A City and B, Y Oblast", the region locates the places it follows, not the capital of another region
 * (the guidelines' "X, Y Oblast" is a place and its region). Read on the names only: the city's stem and the
 * region's first letters (spellings differ: Zaporizhzhia City, Zaporizhia Oblast); a city right before its region
 * is left to the text ("A City, Y Oblast" says so).
 */
const CITY = /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)\s+City$/u;
/** How many first letters of the stems must agree. */
const STEM = 5;
const REGION_KINDS = new Set(['AdministrativeArea', 'Region']);

const stem = (text: string): string => foldWord(text.replace(/\s+/g, '')).replace(/[^a-z]/g, '').slice(0, STEM);

/** The subject at item `s` is "X City" listed before another place that the region at item `o` (not X's) closes. */
export function namesakeCityElsewhere(doc: Doc, items: SentenceItems, s: number, o: number, subject: Mention, object: Mention): boolean {
  if (!REGION_KINDS.has(object.placeKind ?? '')) return false;
  const city = CITY.exec(subject.text);
  if (!city || stem(city[1]!) === stem(object.text)) return false;
  // Another place between them: the city is a member of the list, not the place the region follows.
  for (let i = s + 1; i < o; i++) {
    const m = items.mention[i]!;
    if (m >= 0 && doc.mentions[m]!.type === 'Place') return true;
  }
  return false;
}
