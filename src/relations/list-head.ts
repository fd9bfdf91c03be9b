import type { Doc, Mention } from '../model/document.js';

/**
 * The first place of the list a place closes or continues: in "advanced near A, B (5km west of C), and D" the head
 * of D is A. The words before a list are said of every item ("near", "from the direction of"), so the tests that
 * read them (attack-target.ts) read them before the head. Items are places joined by commas and "and"/"or", each
 * maybe followed by a bracketed aside (whose own names are skipped); at most MAX_ITEMS are walked back.
 */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;
const MAX_ITEMS = 12;
/** A bracketed aside closing an item, then the list word before the next: "(5km west of C), ". */
const ASIDE_THEN_LINK = /\([^()]*\)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;
/** How far back the opening bracket of an item's aside may be. */
const MAX_ASIDE = 100;

const isListedPlace = (m: Mention): boolean => m.type === 'Place' && m.form !== 'demonym';

export function listHead(doc: Doc, place: Mention): Mention {
  if (place === last.place && doc.mentions === last.mentions && doc.text === last.text) return last.head;
  const head = walkToHead(doc, place);
  last.place = place;
  last.mentions = doc.mentions;
  last.text = doc.text;
  last.head = head;
  return head;
}

/**
 * The last place asked about and its head: the tests of one statement ask for the same place's head up to eight times
 * in a row (attack-target.ts NEVER_TARGETS, presence.ts, the co-occurrence guards), each a bisection and a regular
 * expression per list item. The head depends on the document's text and mentions alone, which no stage changes while
 * the relations stage reads them. Over the 294 ISW reports 18.4k of 31.5k calls per pass are answered here; listHead
 * 0.32% → 0.13% of a warm pipeline's CPU profile (two profiles taken at the same time, branch speed19).
 */
const last: { place: Mention | undefined; mentions: readonly Mention[] | undefined; text: string | undefined; head: Mention } = {
  place: undefined,
  mentions: undefined,
  text: undefined,
  head: undefined as unknown as Mention,
};

function walkToHead(doc: Doc, place: Mention): Mention {
  const mentions = doc.mentions;
  let i = indexOf(mentions, place);
  let head = place;
  for (let n = 0; n < MAX_ITEMS && i > 0; n++) {
    let j = i - 1;
    let itemEnd = head.start;
    // "B (5km west of C), D": the aside after B and the names in it are passed.
    const aside = ASIDE_THEN_LINK.exec(doc.text.slice(Math.max(0, head.start - MAX_ASIDE), head.start));
    if (aside) {
      itemEnd = head.start - aside[0].length;
      while (j >= 0 && mentions[j]!.start >= itemEnd) j--;
      if (j < 0 || doc.text.slice(mentions[j]!.end, itemEnd).trim() !== '') break;
    } else if (!LIST_GAP.test(doc.text.slice(mentions[j]!.end, itemEnd))) break;
    if (!isListedPlace(mentions[j]!)) break;
    head = mentions[j]!;
    i = j;
  }
  return head;
}

/** The index of `m` in the document's mentions (sorted by start), by bisection. */
function indexOf(mentions: readonly Mention[], m: Mention): number {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = mentions[mid]!.start;
    if (s < m.start) lo = mid + 1;
    else if (s > m.start) hi = mid - 1;
    else {
      if (mentions[mid] === m) return mid;
      // Several mentions at one start (rare): look around.
      for (let k = Math.max(0, mid - 3); k <= Math.min(mentions.length - 1, mid + 3); k++) if (mentions[k] === m) return k;
      return -1;
    }
  }
  return -1;
}
