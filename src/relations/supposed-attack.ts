import type { SentenceItems } from './items.js';

/**
 * An attack named by an indefinite noun phrase at the head of its sentence, whose predicate is a modal, is only
 * supposed: "A Freedonian strike on depots in X would not violate …", "Such an assault on X could divide …"
 * (annotation guidelines: only what the text states as having happened). The definite "The Freedonian
 * counteroffensive on X could hinder …" tells a real event and what it may lead to, and so does an attack that is a
 * verb's object ("conducted a counteroffensive near X, which could …"): the article must open the sentence. An
 * appositive clause may stand between the phrase and its modal ("…, which is …, would"); a coordinated clause
 * (", and", ", but") or a semicolon ends the search. Reads at most REACH items past the match.
 */

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'such']);
const MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might']);
const STOPS: ReadonlySet<string> = new Set([';', ':', '.', '?', '!']);
const NEW_CLAUSE: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because']);
/** Items past the match the modal is looked for ("… in X, which is the sovereign territory of Y, would not …": 10). */
const REACH = 12;

/** The match (first…last) is an attack noun phrase opened by "a", "an" or "such" at the sentence's start, whose predicate is a modal. */
export function supposedAttack(items: SentenceItems, first: number, last: number): boolean {
  let article = first - 1;
  if (article >= 1 && items.keys[article] === 'a' && items.keys[article - 1] === 'such') article--;
  if (article !== 0 || items.mention[0]! >= 0 || !ARTICLES.has(items.keys[0]!)) return false;
  for (let i = last + 1; i < items.length && i <= last + REACH; i++) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (STOPS.has(key) || (key === ',' && NEW_CLAUSE.has(items.keys[i + 1] ?? ''))) return false;
    if (MODALS.has(key)) return true;
  }
  return false;
}
