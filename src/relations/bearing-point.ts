import type { Doc, Mention } from '../model/document.js';

/**
 * A place named after a bearing ("60km west of Y", "just south of the Y"): a reference point that says where
 * another place lies, not the place a relative clause after it speaks of ("X, 60km west of Y, which Z captured"
 * is about X). RelationRuleSpec.notBearing.
 */
const BEARING_OF = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+(?:the\s+)?$/i;
const LOOK_BEHIND = 32;

export function bearingPoint(doc: Doc, place: Mention): boolean {
  return BEARING_OF.test(doc.text.slice(Math.max(0, place.start - LOOK_BEHIND), place.start));
}
