import type { Doc, Mention } from '../model/document.js';

/**
 * A group named in an apposition that says what a coalition is made of ("the SDF, an alliance of the YPG, the Syriac
 * Military Council and Arab tribes, captured X") is a member described, not the actor of the clause: the text says the
 * coalition acted. (An "including" aside of forces still names co-actors: "Russian forces, including Wagner Group
 * fighters, attacked X", as the annotation guidelines have it; a coalition's make-up is told with "of".)
 */
const COALITION_OF =
  /,\s+(?:which\s+(?:is|was)\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:alliance|coalition|umbrella|grouping|federation|confederation|merger|bloc)\s+(?:(?:group|organization|body)\s+)?of\s[^;:.()\u2014]*$/u;
const LOOK_BEHIND = 160;
/**
 * Cheap pre-test: COALITION_OF (case-sensitive) cannot match a stretch that holds none of its nouns as written, so the
 * stretch is searched as it is; lower-casing a copy of it first, per subject of every event statement, found no more
 * (measured with text-cues.ts lowerSpan, see there).
 */
const CUES = ['alliance', 'coalition', 'umbrella', 'grouping', 'federation', 'merger', 'bloc'];

export function apposedMember(doc: Doc, subject: Mention, sentenceStart: number): boolean {
  const from = Math.max(sentenceStart, subject.start - LOOK_BEHIND);
  const before = doc.text.slice(from, subject.start);
  for (let i = 0; i < CUES.length; i++) if (before.includes(CUES[i]!)) return COALITION_OF.test(before);
  return false;
}
