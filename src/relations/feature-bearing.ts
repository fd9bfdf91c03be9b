import type { Doc, Mention } from '../model/document.js';
import { bearingPoint } from './bearing-point.js';

/**
 * A place after a bearing that locates a named terrain feature ("ambushed a patrol in the Makhmour mountains south of
 * Erbil", "clashed in the Hamrin hills east of Y") is a reference point, not where the event was: the annotation
 * guidelines give an attack "east of T" to T only when the sentence names no more specific target, and a named range,
 * valley or desert is one, recognized or not. So no attack, capture, withdrawal or presence is stated on the reference
 * point. A bearing after a bare noun ("in the desert east of T") names nothing more specific and keeps T.
 */
const NAMED_FEATURE_BEARING =
  /\b(?:in|into|near|around|at|on|across|through|from)\s+the\s+(?:[A-Z][\p{L}'\u2019-]*\s+){1,3}(?:mountains?|hills?|desert|valley|plains?|ridge|heights|range|marshes|highlands|oasis|basin|gorge|pass|lake|mount)\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+(?:the\s+)?$/u;
const LOOK_BEHIND = 90;

/** Predicates whose place is where something happened or someone is. */
export const placedPredicates: ReadonlySet<string> = new Set(['attacked', 'operatesIn', 'captured', 'withdrewFrom']);

export function featureBearingPoint(doc: Doc, place: Mention): boolean {
  return bearingPoint(doc, place) && NAMED_FEATURE_BEARING.test(doc.text.slice(Math.max(0, place.start - LOOK_BEHIND), place.start));
}
