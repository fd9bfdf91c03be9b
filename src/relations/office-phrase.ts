import type { Match } from './match.js';
import type { SentenceItems } from './items.js';

/**
 * An office named before its holder ("Y Oblast Head X", "Y's Defense Minister X") is a noun phrase: the clause
 * around it does not negate it. "claims refuted by Y Oblast Head X", "did not meet Y President X",
 * "without Y Defense Minister X" all still say that X holds the office; only the clause's own event is denied.
 * Words of a hypothetical office before it still count ("a possible future Y Defense Minister X"), and so does
 * a cue inside the phrase.
 */
export function isOfficePhrase(predicate: string, match: Match): boolean {
  if (predicate !== 'leaderOf' && predicate !== 'memberOf') return false;
  const o = match.objects[0];
  return o !== undefined && o === match.first && match.subjects.every((s) => s > o);
}

/** Words before an office phrase that make the office itself unreal. */
const HYPOTHETICAL = new Set(['potential', 'possible', 'hypothetical', 'future', 'putative', 'prospective', 'would-be']);

/** A word of a hypothetical office in the two items before the phrase. */
export function hypotheticalOffice(items: SentenceItems, first: number): boolean {
  for (let i = Math.max(0, first - 2); i < first; i++) if (items.mention[i]! < 0 && HYPOTHETICAL.has(items.keys[i]!)) return true;
  return false;
}

/**
 * Words of an office its holder does not hold yet: "the incoming Y President X", "Y Prime Minister-designate X",
 * "President-elect X". The annotation guidelines give such holders no office (wire news: "incoming" or
 * "designate" heads lead nothing yet); seen on wire-news dev as "Incoming Y head X" read as leaderOf.
 */
const NOT_YET = new Set(['incoming', 'designate', 'elect']);
const NOT_YET_SUFFIXES = ['-designate', '-elect'];

/** A word of an office not yet held in the two items before the match or among its words (for byRole rules). */
export function officeNotYetHeld(items: SentenceItems, first: number, last: number): boolean {
  for (let i = Math.max(0, first - 2); i <= last; i++) if (items.mention[i]! < 0 && isNotYetWord(items.keys[i]!)) return true;
  return false;
}

/** A title folded into its holder's mention says so itself ("Head-designate"). */
export function titleNotYetHeld(title: string): boolean {
  return title.toLowerCase().split(/\s+/).some(isNotYetWord);
}

function isNotYetWord(key: string): boolean {
  return NOT_YET.has(key) || NOT_YET_SUFFIXES.some((x) => key.endsWith(x));
}
