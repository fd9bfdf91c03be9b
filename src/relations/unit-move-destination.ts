import type { Doc, Mention } from '../model/document.js';
import { listHead } from './list-head.js';

/**
 * A named unit moving or advancing toward a place operates there: "elements of the A Division are moving in the
 * direction of X", "a battalion of the B Army moved in the direction of Y", "elements of the C Regiment are advancing
 * toward Z" → operatesIn(unit, place). Decided 2026-12-07 (branch dir18) from the read golds, reversing branch
 * prec10's line ("where a unit is on its way to is no place of presence"), which was written from unannotated text:
 * of the sentences with a named unit as the mover and the verb right before "toward" / "in the direction of" the place,
 * the golds mark the presence in 3 of 4 (ISW dev 2 of 3, blind15 1 of 1; the fourth, ISW dev, marks no unit relation
 * in its sentence at all).
 *
 * What the golds do not support stays out (heading-destination.ts and presence.ts headedToward keep it): a move with
 * its starting point or a way before the heading ("the drive from A toward X", "efforts to advance from A toward X":
 * the golds mark A, and X in neither of the 2; "moving through A toward X"); "heading / en route / bound for / on the
 * way to X" (no named unit so in any read gold); an advance only sought or planned (the infinitive "to advance toward
 * X" is not matched; "attempted to advance toward X" is an attack, presence.ts); and a compass part of the place
 * ("advancing toward eastern X": the one such gold sentence, the fourth above, marks nothing). The verb must stand
 * right before the heading (a bearing adverb, "further" or "closer" may come between). A list's later places are read
 * from its head. O(1) per statement.
 */
const MOVED_TOWARD = new RegExp(
  String.raw`\b(?:moving|moved|advancing|advanced)\s+` +
    String.raw`(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ward|wards)?\s+|further\s+|closer\s+)?` +
    String.raw`(?:toward|towards|in\s+the\s+direction\s+of)\s+(?:the\s+)?$`,
  'i',
);
/** Enough text before the place to see the verb and its heading. */
const LOOK_BEHIND = 64;

export function movedToward(doc: Doc, place: Mention): boolean {
  const head = listHead(doc, place);
  return MOVED_TOWARD.test(doc.text.slice(Math.max(0, head.start - LOOK_BEHIND), head.start));
}
