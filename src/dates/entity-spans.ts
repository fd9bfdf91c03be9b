import type { Doc, Span } from '../model/document.js';
import { sortInPlace } from '../model/in-order.js';
import { mapPacked } from '../model/packed-list.js';

/**
 * Spans of the names the recognize stage found for people, organizations and units: a date inside one is
 * part of a name ("the 26th of July Movement", "May 18 Foundation"), not a date of the text. Places are
 * left out, since a place mention never holds a date.
 */
export function nameSpans(doc: Doc): Span[] {
  // The mentions are sorted by start already (the recognize stage's output): the sort is skipped then.
  return sortInPlace(
    mapPacked(doc.mentions.filter((m) => m.type !== 'Place' && m.form !== 'demonym'), (m) => ({ start: m.start, end: m.end })),
    (a, b) => a.start - b.start || a.end - b.end,
  );
}

/** Whether [start, end) lies inside one of the sorted spans. */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  // The last span starting at or before `start` is the only one that can contain the range… unless spans
  // nest; nested name mentions do not occur after overlap resolution.
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && spans[found]!.end >= end;
}
