import type { Doc, Mention } from '../model/document.js';
import type { WordTokens } from '../gazetteer/scan.js';

/** No candidate covers the word. */
export const NO_OWNER = -1;
/** `covered` bits: some candidate covers the word; some place-name candidate does. */
export const COVERED = 1;
export const COVERED_BY_PLACE = 2;
/** The recognize stage's default threshold: a candidate below it is a guess, not a name another recognizer settled on. */
export const SURE_CONFIDENCE = 0.5;

/**
 * What the candidates proposed so far say about each word of a document, for the recognizers that run late
 * and fill gaps (context-place, qualified-place, list-place):
 * - `covered`: COVERED when any candidate covers the word, COVERED_BY_PLACE when a place name does;
 * - `owner` / `sureOwner`: the index of the candidate the overlap resolver is likely to keep there (highest
 *   priority, then longest: the resolver's own order), among all candidates / those at SURE_CONFIDENCE or
 *   above; NO_OWNER where none covers the word.
 */
export interface WordCover {
  covered: Uint8Array;
  owner: Int32Array;
  sureOwner: Int32Array;
}

interface Cached extends WordCover {
  doc: Doc;
  candidates: readonly Mention[];
  words: WordTokens;
  seen: number;
  rank: Float64Array;
  sureRank: Float64Array;
}

let cached: Cached | undefined;

/**
 * The word cover of `doc` for its candidates. The recognize stage hands every recognizer one growing
 * candidate array per document, so the cover is kept for the last document and brought up to date with the
 * candidates added since: each candidate is read once for all the late recognizers. (Each of them reading
 * every candidate again cost as much as its own work: recognizers build mentions of different shapes, and
 * reading their fields is slow.)
 */
export function wordCover(doc: Doc, words: WordTokens, candidates: readonly Mention[]): WordCover {
  let c = cached;
  if (c === undefined || c.doc !== doc || c.candidates !== candidates || c.words !== words || c.seen > candidates.length) {
    const n = words.count;
    const b = buffersFor(n);
    c = cached = {
      doc, candidates, words, seen: 0,
      covered: b.covered.subarray(0, n).fill(0), owner: b.owner.subarray(0, n).fill(NO_OWNER), sureOwner: b.sureOwner.subarray(0, n).fill(NO_OWNER),
      rank: b.rank.subarray(0, n).fill(0), sureRank: b.sureRank.subarray(0, n).fill(0),
    };
  }
  for (let i = c.seen; i < candidates.length; i++) addCandidate(c, candidates[i]!, i);
  c.seen = candidates.length;
  return c;
}

/**
 * The arrays behind the cover, reused from document to document (views of their first `n` slots, refilled):
 * a cover is read only while the recognizers of its document run (context-place copies what it keeps). Five
 * new typed arrays per document — each an allocation outside the JS heap — were three quarters of
 * wordCover's CPU profile.
 */
let buffers = { covered: new Uint8Array(0), owner: new Int32Array(0), sureOwner: new Int32Array(0), rank: new Float64Array(0), sureRank: new Float64Array(0) };

function buffersFor(n: number): typeof buffers {
  if (n > buffers.covered.length) {
    const size = Math.max(n, buffers.covered.length * 2, 1024);
    buffers = { covered: new Uint8Array(size), owner: new Int32Array(size), sureOwner: new Int32Array(size), rank: new Float64Array(size), sureRank: new Float64Array(size) };
  }
  return buffers;
}

function addCandidate(c: Cached, m: Mention, i: number): void {
  const { words, covered, owner, sureOwner, rank, sureRank } = c;
  const start = m.start;
  const end = m.end;
  const sure = m.confidence >= SURE_CONFIDENCE;
  const mark = isPlaceName(m) ? COVERED_BY_PLACE : COVERED;
  // Priority first, then length (a mention is far shorter than 1e9 characters).
  const r = m.priority * 1e9 + (end - start);
  const count = words.count;
  const ends = words.end;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let w = lo; w < count && words.start[w]! < end; w++) {
    covered[w] = covered[w]! | mark;
    if (owner[w] === NO_OWNER || r > rank[w]!) {
      owner[w] = i;
      rank[w] = r;
    }
    if (sure && (sureOwner[w] === NO_OWNER || r > sureRank[w]!)) {
      sureOwner[w] = i;
      sureRank[w] = r;
    }
  }
}

/** A place name (a demonym is typed Place too, but is no name). */
export function isPlaceName(m: Mention): boolean {
  return m.type === 'Place' && m.form !== 'demonym';
}
