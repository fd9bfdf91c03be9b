import type { Doc, Mention } from '../model/document.js';

/**
 * A place named as the first word of a longer name the recognizers left unnamed: "seized the Bakhmut Champagne
 * Winery", "took control of Kherson City Clinical Hospital". The capture is of the site, not of the town (annotation
 * guidelines: a place name inside another name is part of that name; a facility with a name is a place of its own):
 * a capitalized word right after the place (one space, no punctuation) continues the name. Month and weekday names
 * start a date instead ("captured X Monday", "X September 10").
 */
const DATE_WORDS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);
/**
 * Read for a captured place, and for the organization before a facility noun (rules/org-work-in-place.ts: a university's
 * "Hospital in X" after its name was 1 wrong of 4 new statements on unannotated news, branch wireops8).
 */
const NEXT_WORD = /^ (\p{Lu}\p{Ll}+)\b/u;

export function continuesIntoName(doc: Doc, place: Mention): boolean {
  const w = NEXT_WORD.exec(doc.text.slice(place.end, place.end + 24));
  if (w === null) return false;
  // A mention of its own starts there ("captured Marinka Ukrainian sources said" has no such run): only unnamed words.
  const at = place.end + 1;
  if (doc.mentions.some((m) => m.start === at)) return false;
  return !DATE_WORDS.has(w[1]!);
}
