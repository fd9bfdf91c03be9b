import type { Doc, Mention } from '../model/document.js';

/**
 * A place that bounds a stretch is no target of what hit the stretch: "fired on positions between A and the B
 * border", "a strike on a substation between A and B", "firing on the road that runs between A and B" (annotation
 * guidelines: an attack is on the place it names as hit; the dev gold marks no bound of such a stretch, 0 of 6). A
 * front line that runs between two places is left to the rules (open question: "along the frontline" is read both
 * ways). Read on the text right before the place: "between" and, for the second bound, the first one and "and".
 */
const BETWEEN = /\bbetween\s+(?:the\s+)?(?:[\p{Lu}][^,;.()]{0,40}?\s+and\s+(?:the\s+)?)?$/u;
const FRONT_BEFORE = /\b(?:front|frontline|front\s+line|line\s+of\s+contact|contact\s+line|line|lines)\s+(?:that\s+)?(?:runs?\s+|running\s+|stretching\s+|stretches\s+)?$/i;
const LOOK_BEHIND = 80;

export function boundsAStretch(doc: Doc, _actor: Mention, place: Mention): boolean {
  const before = doc.text.slice(Math.max(0, place.start - LOOK_BEHIND), place.start);
  const m = BETWEEN.exec(before);
  return m !== null && !FRONT_BEFORE.test(before.slice(0, m.index));
}
