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
