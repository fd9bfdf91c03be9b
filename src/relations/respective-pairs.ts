import type { SentenceItems } from './items.js';

/**
 * "A and B operate near X and Y, respectively", "the A and B Brigades (subordinate to the X and Y Armies,
 * respectively)": two lists of one length whose second one "respectively" closes pair by position (A–X, B–Y), not
 * every member with every other (the annotation guidelines' coordination rule otherwise). A helper counted 3 wrong
 * statements of this shape on the 294 ISW reports (branch resp12). The lists are read in the sentence, not in the
 * match: a rule that binds one member of each ("S:Unit ( subordinate to the O:Unit") would otherwise pair B with X,
 * and, once that pair is dropped, state neither A–X nor B–Y: `respectivePairs` puts the right pairs in its place
 * (branch known12).
 */

/** Words that join the members of a list ("A, B, and C", "A and/or B"). */
const LIST_LINKS: ReadonlySet<string> = new Set([',', 'and', 'or', 'and/or']);
const THE: ReadonlySet<string> = new Set(['the']);
/** What may follow "respectively": the end of its clause or of its bracket (or of the sentence). */
const CLOSES: ReadonlySet<string> = new Set([',', ')', '.', ';', ':', '—', '–']);

const isMention = (items: SentenceItems, p: number): boolean => p >= 0 && p < items.length && items.mention[p]! >= 0;
const isWord = (items: SentenceItems, p: number, words: ReadonlySet<string>): boolean =>
  p >= 0 && p < items.length && items.mention[p]! < 0 && words.has(items.keys[p]!);

/** The item of the list member next to the one at `p` in direction `dir` ("A and B", "A, and the B"), or -1 at the list's end. */
function nextMember(items: SentenceItems, p: number, dir: 1 | -1): number {
  let q = p + dir;
  if (dir < 0 && isWord(items, q, THE)) q--;
  if (!isWord(items, q, LIST_LINKS)) return -1;
  q += dir;
  // "A, and B": a comma and a conjunction.
  if (isWord(items, q, LIST_LINKS)) q += dir;
  if (dir > 0 && isWord(items, q, THE)) q++;
  return isMention(items, q) ? q : -1;
}

/** The position of the mention at `i` in its list and the list's length; the last member's item. */
function listPlace(items: SentenceItems, i: number): { rank: number; length: number; last: number } {
  let rank = 0;
  for (let p = nextMember(items, i, -1); p >= 0; p = nextMember(items, p, -1)) rank++;
  let last = i;
  let length = rank + 1;
  for (let p = nextMember(items, i, 1); p >= 0; p = nextMember(items, p, 1)) {
    last = p;
    length++;
  }
  return { rank, length, last };
}

/** The member at `rank` of the list holding the mention at item `i` (`from` is `i`'s own rank), or -1. */
function memberAt(items: SentenceItems, i: number, from: number, rank: number): number {
  let p = i;
  for (let k = from; k > rank && p >= 0; k--) p = nextMember(items, p, -1);
  for (let k = from; k < rank && p >= 0; k++) p = nextMember(items, p, 1);
  return p;
}

/** "respectively" right after the item `p` (maybe past a comma), closing its clause or bracket. */
function respectivelyAfter(items: SentenceItems, p: number): boolean {
  let q = p + 1;
  if (isWord(items, q, LIST_LINKS) && items.keys[q] === ',') q++;
  if (q >= items.length || items.mention[q]! >= 0 || items.keys[q] !== 'respectively') return false;
  return q + 1 >= items.length || isWord(items, q + 1, CLOSES);
}

/**
 * The statement of the mentions at items `s` and `o` pairs two members of "respectively" lists at different
 * positions: the later one's list ends in "respectively", the earlier one's list is as long, and their ranks differ.
 * Walks the two lists only (a few items), and only when "respectively" closes the later one.
 */
export function respectiveMismatch(items: SentenceItems, s: number, o: number): boolean {
  const later = s > o ? s : o;
  const earlier = s > o ? o : s;
  const late = listPlace(items, later);
  if (late.length < 2 || !respectivelyAfter(items, late.last)) return false;
  const early = listPlace(items, earlier);
  // The same list (a symmetric rule's "A and B met") or lists of other lengths: every pair holds.
  if (early.last === late.last || early.length !== late.length) return false;
  return early.rank !== late.rank;
}

/** The pairs a match states, by subject: each subject's objects, in the match's order. */
export interface RespectivePairs {
  subjects: number[];
  objects: number[][];
}

/**
 * The match's subject × object pairs with every pair `respectiveMismatch` rejects replaced by the two right ones it
 * stands for: the subject with the object at the subject's rank, and the subject at the object's rank with the object
 * ("A and B (subordinate to X and Y, respectively)" bound as B–X gives B–Y and A–X). A subject found this way joins the
 * subjects. Undefined when no pair mismatches (the match's own lists hold): the common case allocates nothing.
 */
export function respectivePairs(items: SentenceItems, subjects: readonly number[], objects: readonly number[]): RespectivePairs | undefined {
  let any = false;
  for (const s of subjects) for (const o of objects) if (respectiveMismatch(items, s, o)) any = true;
  if (!any) return undefined;
  const out: RespectivePairs = { subjects: [], objects: [] };
  const add = (s: number, o: number): void => {
    if (s < 0 || o < 0) return;
    let k = out.subjects.indexOf(s);
    if (k < 0) {
      k = out.subjects.push(s) - 1;
      out.objects.push([]);
    }
    if (!out.objects[k]!.includes(o)) out.objects[k]!.push(o);
  };
  for (const s of subjects) {
    for (const o of objects) {
      if (!respectiveMismatch(items, s, o)) {
        add(s, o);
        continue;
      }
      const sRank = listPlace(items, s).rank;
      const oRank = listPlace(items, o).rank;
      add(s, memberAt(items, o, oRank, sRank));
      add(memberAt(items, s, sRank, oRank), o);
    }
  }
  return out;
}
