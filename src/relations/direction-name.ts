import type { Doc, Mention } from '../model/document.js';

/**
 * The place names a direction or axis, not a place that holds anything: "moving through X in the Y Oblast
 * direction", "on the Y axis". A containment rule's object followed by such a noun is a heading, so "X in the
 * Y direction" does not put X in Y (a place named as a direction may itself lie in a region: the subject side
 * is left alone). Reads the few characters after the mention only.
 */
const DIRECTION_NOUN = /^\s+(?:direction|directions|axis|axes)\b/i;
const LOOK_AHEAD = 12;

export function namesDirection(doc: Doc, place: Mention): boolean {
  return DIRECTION_NOUN.test(doc.text.slice(place.end, place.end + LOOK_AHEAD));
}
