import type { Doc, Mention } from '../model/document.js';
import { listHead } from './list-head.js';
import { endsWithWord, lastWords } from './text-cues.js';

/**
 * A body of water the target lies across, over, along, on or in: "struck bridges across the X River", "targeting the
 * bridgehead over the X River", "shelled settlements along the X River", "strike dams on the X River", "struck boats in
 * the X River", "hit positions on an island in the Y Sea", "targeting crossings of the X River", "shelled areas in the X
 * River delta". The water says where the target is; it is no target (annotation guidelines, river decision). The ISW dev
 * gold annotates `attacked` on a river in 1 of its 12 attack sentences naming one ("shelled positions … near the X
 * River", no other place) and on no sea; a bearing ("counterattacks west of the X River") and "near" keep the water,
 * as the guidelines' "attacks east of T" does (iswprec4: on the 294 ISW reports the across/over/along/on/edge tests took
 * out 32 of the 59 `attacked` statements to a river or a reservoir; prec10 added "in", crossings of, seas and lists of
 * rivers: see docs/evaluation.md).
 */
// (Also the water's other edges: "shelled the coast of the X Reservoir", "positions on the opposite side of the X Reservoir",
// "along the west bank coastline of the X River"; and the crossings, bridges and dams "of" it.)
const WATER_CROSSED_BEFORE =
  /(?:\b(?:across|over|along|on|in|within)|\b(?:coast|coastline|shores?|side|crossings?|bridges?|dams?|mouth)\s+of)\s+(?:the\s+)?$/i;
/** The last word of WATER_CROSSED_BEFORE: a pre-test (text-cues.ts endsWithWord). */
const CROSSING = lastWords(['across', 'over', 'along', 'on', 'in', 'within', 'of']);
const LOOK_BEHIND = 28;
/** A name of a body of water: "X River", "Y Reservoir", "Z Sea", "the Sea of W". */
const WATER = /\b(?:river|reservoir|sea|lake|estuary|lagoon|gulf|bay|strait)$|^(?:sea|gulf|bay)\s+of\b/i;
/**
 * A name that the words after it make water: "the A and B rivers" (the list's items), "the X River delta" / "the Y delta
 * islands" (the part of the water's area the target is in).
 */
const WATER_AFTER = /^(?:\s*(?:,|and|or)?\s*[A-Z][\w\u2019'-]*){0,3}\s+[Rr]ivers\b|^\s+(?:[Rr]iver\s+)?(?:[Dd]elta|[Ff]loodplain)\b/;
const LOOK_AHEAD = 48;

export function isWaterCrossed(doc: Doc, place: Mention): boolean {
  const isWater = WATER.test(place.ref?.name ?? place.text) || WATER.test(place.text) || WATER_AFTER.test(doc.text.slice(place.end, place.end + LOOK_AHEAD));
  if (!isWater) return false;
  const head = listHead(doc, place);
  return endsWithWord(doc.text, head.start, CROSSING) && WATER_CROSSED_BEFORE.test(doc.text.slice(Math.max(0, head.start - LOOK_BEHIND), head.start));
}
