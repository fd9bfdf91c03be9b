import type { Doc, Mention } from '../model/document.js';
import { endsWithWord, lastWords } from './text-cues.js';

/**
 * A place named after a bearing ("60km west of Y", "just south of the Y"): a reference point that says where
 * another place lies, not the place a relative clause after it speaks of ("X, 60km west of Y, which Z captured"
 * is about X). RelationRuleSpec.notBearing.
 */
const BEARING_OF = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+(?:the\s+)?$/i;
const LOOK_BEHIND = 32;

/** BEARING_OF's last word, its pre-test (text-cues.ts endsWithWord). */
const OF = lastWords(['of']);

export function bearingPoint(doc: Doc, place: Mention): boolean {
  return endsWithWord(doc.text, place.start, OF) && BEARING_OF.test(doc.text.slice(Math.max(0, place.start - LOOK_BEHIND), place.start));
}

/** ", in" between a place and the region after it: the region is a list's next item, not the place's apposition. */
const SET_APART = /^\s*,\s+in\s/;

/**
 * A bearing's reference point followed by ", in Y": "recaptured territory east of X, in Y Oblast, and around Z" lists
 * three areas; Y does not locate X (on the 294 ISW reports both such statements placed a city in a region it is not in).
 * Without the comma ("north of X in Y Oblast") the region is read as X's, as the reports mostly mean it.
 */
export function bearingPointSetApart(doc: Doc, place: Mention, region: Mention): boolean {
  return region.start > place.end && SET_APART.test(doc.text.slice(place.end, Math.min(region.start, place.end + 8))) && bearingPoint(doc, place);
}
