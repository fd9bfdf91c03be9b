import type { Doc, Mention } from '../model/document.js';
import type { SentenceItems } from './items.js';

/**
 * "They" right after a report's "that" stands for the side of who reports, when the reporter is named by a party
 * word: "Russian milbloggers claimed that they captured X", "the DNR claimed that they took control of Y",
 * "denying Russian claims that they captured Z" — the party is the reporter's, whatever force was named last
 * (the last-force antecedent of anaphora.ts would take "Ukrainian forces" of an earlier sentence there).
 */

/** Words of reporting whose "that" clause a party's "they" opens. */
const REPORTING = new Set([
  'claimed', 'claims', 'claim', 'reported', 'reports', 'stated', 'said', 'says', 'announced', 'announces', 'noted', 'confirmed',
  'acknowledged', 'asserted', 'added', 'boasted', 'insisted',
]);
/** Words that end the reporter's phrase, read leftwards from the verb (not a bracket: it holds the reporter's own acronym, "the Donetsk People's Republic (DNR) claimed"). */
const REPORTER_ENDS = new Set([',', ';', ':', 'that', 'which', 'who', 'whom', 'and', 'but', '.']);
/** How far back (items) the reporter's phrase is read: a bound on the work per "they". */
const REPORTER_REACH = 8;

/** A party: a nationality word, a country or a self-proclaimed republic, a unit or an organization. */
function isParty(m: Mention): boolean {
  if (m.form === 'demonym') return true;
  if (m.type === 'MilitaryUnit' || m.type === 'Organization') return true;
  return m.type === 'Place' && (m.placeKind === 'Country' || (m.placeKind === 'Region' && m.ref !== undefined && /\bRepublic\b/.test(m.ref.name)));
}

/**
 * The mention (index into doc.mentions) of the party that reports the clause "they" opens at item `w` ("… claimed
 * that they …"), or -1: the first party of the reporter's phrase before the verb (the phrase's own words after
 * it: "Russian Telegram channel X claimed" is Russian's; "militia forces of the DNR (DNR)" the DNR's).
 */
export function reporterParty(doc: Doc, items: SentenceItems, w: number): number {
  if (w < 3 || items.keys[w - 1] !== 'that' || !REPORTING.has(items.keys[w - 2]!)) return -1;
  let party = -1;
  for (let k = w - 3, n = 0; k >= 0 && n < REPORTER_REACH; k--, n++) {
    const mi = items.mention[k]!;
    if (mi < 0) {
      if (REPORTER_ENDS.has(items.keys[k]!)) break;
      continue;
    }
    if (isParty(doc.mentions[mi]!)) party = mi;
  }
  return party;
}
