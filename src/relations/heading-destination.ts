import type { Doc, Mention } from '../model/document.js';
import { listHead } from './list-head.js';
import { movedToward } from './unit-move-destination.js';

/**
 * Where a unit is on its way to is not where it is: "elements of the A Army are moving from P toward X", "a column of the B
 * Division heading to Y", "servicemen of the C Regiment en route to Z", "troops bound for X". A movement under way names
 * its destination, not an arrival; a sending does ("redeployed to X", "deployed to X", "moved a battalion to X": the ISW
 * dev gold marks these as operatesIn), and so does an attack toward a place (presence.ts attackedToward). A named unit
 * moving or advancing straight toward a place is there too (unit-move-destination.ts, branch dir18: the read golds
 * mark it 3 of 4, against this module's first reading); what stays here is the heading words, the "from A" / "through
 * A" moves (dev: "moving through A towards B" gives A only) and the infinitives. Read right before
 * the place (and its list's head), so "moved to X" (an arrival) and "is moving the 5th Brigade to X" (a sending, the
 * verb not right before the "to") keep theirs. O(1) per statement.
 */
/** Where the move set out may stand between: "moving from X toward Y" (a short phrase, no clause break). */
const FROM_PLACE = String.raw`(?:\s+from\s+(?:the\s+)?[^,.;:()]{1,40}?)?`;
const HEADING_TO = new RegExp(
  String.raw`\b(?:(?:heading|headed|heads|en\s+route|on\s+(?:the|its|their)\s+way|bound)${FROM_PLACE}\s+(?:back\s+|further\s+)?(?:to|toward|towards|for)` +
  String.raw`|(?:moving|moves|moved|marching|marched|driving|drove|rolling|rolled|traveling|travelling|traveled|travelled|proceeding|proceeded)${FROM_PLACE}\s+(?:back\s+|further\s+|closer\s+)?(?:toward|towards|in\s+the\s+direction\s+of)` +
  String.raw`|(?:moving|marching|driving|rolling|traveling|travelling|proceeding)${FROM_PLACE}\s+(?:back\s+|further\s+)?to)` +
  String.raw`\s+(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+|central\s+)?$`,
  'i',
);
/** Enough text before the place to see the movement word. */
const LOOK_BEHIND = 56;

export function headingTo(doc: Doc, place: Mention): boolean {
  // A unit moving or advancing straight toward the place is there (unit-move-destination.ts, branch dir18).
  if (movedToward(doc, place)) return false;
  const head = listHead(doc, place);
  return HEADING_TO.test(doc.text.slice(Math.max(0, head.start - LOOK_BEHIND), head.start));
}
