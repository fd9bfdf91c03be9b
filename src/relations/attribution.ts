import type { Doc, RelationMention } from '../model/document.js';
import type { SentenceItems } from './items.js';

type Attribution = NonNullable<RelationMention['attribution']>;

const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '"', '\u201c', '\u201d']);
/** A source is at most this many items long ("Ukraine's General Staff", "American sources"). */
const MAX_SOURCE_ITEMS = 8;
/** A closing cue stands at most this many items from the end of the sentence ("said on Monday ."). */
const MAX_CLOSING_TAIL = 5;
/** Words that open the claimed clause and are not part of the source. */
const SOURCE_EDGE_WORDS = new Set(['that', 'and', 'but', 'the', 'also', 'had', 'has', 'have', 'was', 'were', 'is', 'are']);
/** "seemingly", "reportedly", "additionally": adverbs around the cue, not part of the source. */
const ADVERB = /^[a-z]{3,}ly$/;

/**
 * Where the cue words and commas of one sentence stand, for `findAttribution`: `lastCue[i]` is the last
 * word item at or before item i that is an attribution cue (-1 when none), `lastComma[i]` the same for
 * commas. Built once per sentence (one pass), so that finding a match's cue costs the same for every match:
 * scanning the sentence from each match made a 2.2 MB sentence of 50,000 "… of the …" links take 103 s in
 * the relations stage (issue #14); with the index the cost per match no longer grows with the sentence.
 */
export interface CuePositions {
  /** At least as long as the sentence's items; entries past them are left from an earlier sentence. */
  lastCue: Int32Array;
  lastComma: Int32Array;
}

/**
 * The positions of the sentence last indexed: one pair of arrays for the thread, grown when a sentence is longer. A new
 * pair per sentence with a match was ~1% of a warm pipeline's CPU profile (two typed arrays of more than 64 bytes each
 * are allocated outside the JS heap). Only one sentence's positions are read at a time: the relations stage indexes a
 * sentence lazily and reads its positions before it goes on to the next one. Measured with fillLive's pattern ids
 * (word-info.ts patternIdsOf): the relations stage 0.960 of the build before (branch speed12).
 */
const positions: CuePositions = { lastCue: new Int32Array(256), lastComma: new Int32Array(256) };

/**
 * `infos`, when given, are the items' WordInfos (word-info.ts) whose `cue` says the same as `cues` by array index,
 * where a Set look-up hashed each word's key. The result is valid until the next call.
 */
export function cuePositions(items: SentenceItems, cues: ReadonlySet<string>, infos?: ReadonlyArray<{ readonly cue: boolean } | undefined>): CuePositions {
  if (positions.lastCue.length < items.length) {
    const size = Math.max(items.length, 2 * positions.lastCue.length);
    positions.lastCue = new Int32Array(size);
    positions.lastComma = new Int32Array(size);
  }
  const { lastCue, lastComma } = positions;
  let cue = -1;
  let comma = -1;
  for (let i = 0; i < items.length; i++) {
    if (items.mention[i]! < 0) {
      const key = items.keys[i]!;
      if (key === ',') comma = i;
      else if (infos ? infos[i]!.cue : cues.has(key)) cue = i;
    }
    lastCue[i] = cue;
    lastComma[i] = comma;
  }
  return positions;
}

/**
 * Finds who reports the matched statement: a cue verb before it ("American sources claim that …",
 * "Kadyrov stated that …", "according to the General Staff, …") or after it, closing the sentence
 * ("…, officials said."). Returns the source text, its mention when the source is one, and the cue.
 * `positions` are the sentence's `cuePositions` for the same cues.
 */
export function findAttribution(doc: Doc, items: SentenceItems, first: number, last: number, positions: CuePositions): Attribution | undefined {
  // The nearest cue before the match.
  const c = first > 0 ? positions.lastCue[first - 1]! : -1;
  if (c >= 0) {
    if (items.keys[c] === 'according') return sourceAfter(doc, items, c, first);
    return sourceBefore(doc, items, c);
  }
  // A closing source is set off by a comma after the match ("…, Ukrainian officials said.") and stands in
  // the sentence's last MAX_CLOSING_TAIL items: only those are looked at.
  for (let c = Math.max(last + 1, items.length - MAX_CLOSING_TAIL); c < items.length; c++) {
    if (items.mention[c]! >= 0 || items.keys[c] === ',' || positions.lastCue[c] !== c) continue;
    if (positions.lastComma[c - 1]! > last) {
      const found = sourceBefore(doc, items, c);
      return found.text === found.cue ? undefined : found;
    }
  }
  return undefined;
}

function attribution(doc: Doc, items: SentenceItems, lo: number, hi: number, cue: string): Attribution {
  const edge = (i: number) => items.mention[i]! < 0 && (SOURCE_EDGE_WORDS.has(items.keys[i]!) || ADVERB.test(items.keys[i]!));
  while (lo <= hi && edge(lo)) lo++;
  while (hi >= lo && edge(hi)) hi--;
  if (hi < lo) return { text: cue, cue };
  const result: Attribution = { text: doc.text.slice(items.start[lo]!, items.end[hi]!), cue };
  for (let i = lo; i <= hi; i++) {
    if (items.mention[i]! >= 0) {
      result.mention = items.mention[i]!;
      break;
    }
  }
  return result;
}

function sourceBefore(doc: Doc, items: SentenceItems, cue: number): Attribution {
  let lo = cue;
  while (lo > 0 && cue - lo < MAX_SOURCE_ITEMS && !(items.mention[lo - 1]! < 0 && CLAUSE_BREAKS.has(items.keys[lo - 1]!))) lo--;
  return attribution(doc, items, lo, cue - 1, items.keys[cue]!);
}

/** "according to <source>, …": the source runs from after "to" up to the next clause break. */
function sourceAfter(doc: Doc, items: SentenceItems, cue: number, limit: number): Attribution {
  const lo = items.keys[cue + 1] === 'to' ? cue + 2 : cue + 1;
  let hi = lo;
  while (hi < limit && hi - lo < MAX_SOURCE_ITEMS && !(items.mention[hi]! < 0 && CLAUSE_BREAKS.has(items.keys[hi]!))) hi++;
  return attribution(doc, items, lo, hi - 1, 'according to');
}
