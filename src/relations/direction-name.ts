import type { Doc, Mention } from '../model/document.js';

/**
 * The place names a direction or axis, not a place that holds anything: "moving through X in the Y Oblast
 * direction", "on the Y axis". A containment rule's object followed by such a noun is a heading, so "X in the
 * Y direction" does not put X in Y (a place named as a direction may itself lie in a region: the subject side
 * is left alone). Reads the few characters after the mention only.
 */
const DIRECTION_NOUN = /^\s+(?:direction|directions|axis|axes)\b/i;
const LOOK_AHEAD = 12;

/**
 * The same for a place that only qualifies the place named after it: "X in the Y River delta" (an island in the delta
 * is not in the river: fresh7-read, and both such statements on the 294 ISW reports), "X, in the central Y state of Z"
 * (X lies in Z, the narrowest place named: place-of-kind.ts reads it; wire-news dev gold marks Z only). Not "region of"
 * ("the Donbas region of Ukraine": the first place is a region itself).
 */
const QUALIFIED_NOUN = /^\s+(?:delta|estuary|basin|floodplain|(?:state|province|island|prefecture)\s+of)\b/i;
const QUALIFIED_LOOK_AHEAD = 16;

/**
 * The place qualifies a landform or a kind of place after it, which is what holds a subject named before it (the
 * place named after "of" itself lies in it: "the Y state of Z" → Z locatedIn Y).
 */
export function qualifiesNextPlace(doc: Doc, subject: Mention, place: Mention): boolean {
  return subject.end <= place.start && QUALIFIED_NOUN.test(doc.text.slice(place.end, place.end + QUALIFIED_LOOK_AHEAD));
}

export function namesDirection(doc: Doc, place: Mention): boolean {
  return DIRECTION_NOUN.test(doc.text.slice(place.end, place.end + LOOK_AHEAD));
}
