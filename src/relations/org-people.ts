import type { Doc } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * An organization's people named by their role ("FSB officers", "employees of the X", "Rosatom staff"). Not "officials":
 * "MoD officials in Moscow" are at its seat. One list for the rules that place the people (rules/presence-rules.ts
 * org-people-in-place) and for the test below, which keeps such a phrase from naming the organization's seat.
 */
export const ORG_PEOPLE_WORDS: readonly string[] = [
  'personnel', 'employees', 'workers', 'officers', 'staff', 'agents', 'investigators', 'operatives', 'specialists', 'inspectors',
  'monitors', 'members', 'representatives', 'servicemen', 'troops', 'forces', 'mission', 'missions', 'delegation', 'delegations',
  'team', 'teams',
];
/** The same words as a pattern alternative. */
export const ORG_PEOPLE = ORG_PEOPLE_WORDS.join('|');
const PEOPLE: ReadonlySet<string> = new Set(ORG_PEOPLE_WORDS);

/**
 * True when the organization at item `s` is named as the one whose people are meant: "employees of the X in Y", "officers
 * of the Freedonian X in occupied Y". The place after it is where those people work, not the organization's seat: the
 * guideline-alone golds annotate such a phrase `operatesIn`, never `locatedIn` (blind15 1, blind17 1; branch conv18), as
 * the guidelines have it for an organization's staff or branch in a place. An article and a nationality may stand between.
 */
export function namedByItsPeople(doc: Doc, items: SentenceItems, s: number): boolean {
  if (doc.mentions[items.mention[s]!]!.type !== 'Organization') return false;
  let p = s - 1;
  const before = items.mention[p];
  if (before !== undefined && before >= 0 && doc.mentions[before]!.form === 'demonym') p--;
  if (p >= 0 && items.mention[p]! < 0 && items.keys[p] === 'the') p--;
  return p >= 1 && items.mention[p]! < 0 && items.keys[p] === 'of' && items.mention[p - 1]! < 0 && PEOPLE.has(items.keys[p - 1]!);
}
