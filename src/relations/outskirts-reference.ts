import type { Doc, Mention } from '../model/document.js';
import { endsWithWord, lastWords } from './text-cues.js';

/**
 * A place whose outskirts locate another place is a reference point, no target: "shelled A on the northeastern outskirts
 * of Y", "struck a depot in A, on the outskirts of Y", "attacks near A and B (on the western outskirts of Y)" name A and
 * B as hit and Y as where they lie (annotation guidelines: "X, 70km southeast of Y" → nothing for Y; ISW dev + blind
 * dev gold: of the 7 places Y read so, none is `attacked`). With no place before, the outskirts are the target's and Y
 * keeps it ("ground attacks on the western outskirts of Y": 7 such places `attacked` in the same gold), as does "Y's
 * outskirts". Read on the text between the place before and Y
 * (a comma or an opening bracket, a hedge word, a preposition of where, "the", up to three bearing words). O(log n) per
 * statement (a binary search for the place before).
 */
const LOCATED_ON_OUTSKIRTS =
  /^\s*(?:,\s*|\(\s*)?(?:(?:all|both|directly|just|immediately|located|situated|lying)\s+)*(?:on|in|along|at)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}outskirts\s+of\s+(?:the\s+)?$/i;
/** LOCATED_ON_OUTSKIRTS's last word: its pre-test (text-cues.ts endsWithWord), before the search for the place before. */
const OUTSKIRTS_LAST = lastWords(['of']);
/** The longest stretch between the two places read. */
const MAX_GAP = 90;

export function locatedByOutskirts(doc: Doc, place: Mention): boolean {
  if (!endsWithWord(doc.text, place.start, OUTSKIRTS_LAST)) return false;
  const before = placeBefore(doc, place);
  if (before === undefined || place.start - before.end > MAX_GAP) return false;
  return LOCATED_ON_OUTSKIRTS.test(doc.text.slice(before.end, place.start));
}

/** The last place mention that ends before `place` starts (mentions are sorted by start). */
function placeBefore(doc: Doc, place: Mention): Mention | undefined {
  const mentions = doc.mentions;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < place.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > place.start) continue;
    if (m.start < place.start - MAX_GAP - 200) return undefined;
    return m.type === 'Place' && m.form !== 'demonym' ? m : undefined;
  }
  return undefined;
}
