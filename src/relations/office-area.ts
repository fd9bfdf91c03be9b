import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * "[Relief Agency]'s top representative in [Y], [X]", "the [Rights Group] director for [Y], [X]": an organization
 * named right before the office (its possessive or its name as a modifier) holds the office, and the place after
 * "in"/"for" is only the area it covers. The holder neither leads nor serves that place, so no office statement
 * links the person to a place after a title an organization owns (the organization itself is title-before-name's).
 * Branch newsrel4: one wrong memberOf(person, country) of this shape on 360 stretches of unannotated wire news.
 */
/**
 * The word after the office that opens its area. Not "of": "[Y Party] Secretary of the [General Council] X" names the
 * body the office is in (3 such ISW statements were lost when any word counted).
 */
const AREA_WORDS = new Set(['in', 'for']);

export function areaOfOrgOffice(doc: Doc, items: SentenceItems, title: readonly [number, number] | undefined, o: number): boolean {
  if (title === undefined || o <= title[1] || !AREA_WORDS.has(items.keys[title[1] + 1] ?? '')) return false;
  if (doc.mentions[items.mention[o]!]!.type !== 'Place') return false;
  let owner = title[0] - 1;
  if (owner >= 0 && items.mention[owner]! < 0 && items.keys[owner] === "'s") owner--;
  if (owner < 0 || items.mention[owner]! < 0) return false;
  const type = doc.mentions[items.mention[owner]!]!.type;
  return type === 'Organization' || type === 'MilitaryUnit';
}
