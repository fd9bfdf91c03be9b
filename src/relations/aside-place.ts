import type { Doc, Mention } from '../model/document.js';
import { endsWithWord, lastWords } from './text-cues.js';

/**
 * A place named inside an aside that locates the targets before it is no target of its own (annotation guidelines:
 * "X, 70km southeast of Y" → nothing for Y; attacks "east of T" are on T only when no more specific target is named).
 * attack-target.ts afterDistance reads the aside's first place after a distance ("A and B, 12 km south of C"); this
 * reads the asides it misses: one that groups the places without a distance ("assaults near A, B, and C, all situated
 * southwest of D", "both located northwest of D", "all to the northwest of D") and the aside going on past its first
 * place ("an attack on A, 10km southwest of B and near the C River", "A and B, all south of C and near the D highway").
 * Read on the text right before the place (at most LOOK_BEHIND characters).
 */
const BEARING = '(?:north|south|east|west|northeast|northwest|southeast|southwest)';
const DISTANCE = '\\d[\\d.]*\\s*(?:km|kilometers|kilometres|miles)?';
const HEDGE = '(?:(?:about|approximately|roughly|some|just|within)\\s+)?';
const LOCATING = '(?:(?:situated|located|lying)\\s+)?';
const QUANTIFIED = `(?:both|all|each)\\s+${LOCATING}${HEDGE}(?:${DISTANCE}\\s+)?(?:to\\s+the\\s+)?${BEARING}(?:\\s+and\\s+${BEARING})?\\s+of`;
const MEASURED = `${HEDGE}${DISTANCE}\\s+(?:to\\s+the\\s+)?${BEARING}\\s+of`;
const GROUPED = new RegExp(`,\\s*${QUANTIFIED}\\s+(?:the\\s+)?$`, 'i');
const GOES_ON = new RegExp(`,\\s*(?:${QUANTIFIED}|${MEASURED})\\s+[^,;.()]{1,60}?\\s+and\\s+(?:near|on|along|by)\\s+(?:the\\s+)?$`, 'i');
const LOOK_BEHIND = 140;

/** The last word of what GROUPED and GOES_ON read: their pre-tests (text-cues.ts endsWithWord). */
const GROUPED_LAST = lastWords(['of']);
const GOES_ON_LAST = lastWords(['near', 'on', 'along', 'by']);

export function inLocatingAside(doc: Doc, _actor: Mention, place: Mention): boolean {
  const grouped = endsWithWord(doc.text, place.start, GROUPED_LAST);
  const goesOn = !grouped && endsWithWord(doc.text, place.start, GOES_ON_LAST);
  if (!grouped && !goesOn) return false;
  const before = doc.text.slice(Math.max(0, place.start - LOOK_BEHIND), place.start);
  return grouped ? GROUPED.test(before) : GOES_ON.test(before);
}
