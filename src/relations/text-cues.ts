import type { Doc } from '../model/document.js';

/**
 * Where a cue word stands in a document's text, found once per document: a pre-test for the regular expressions
 * that the passes over the statements run on the text between two mentions ("pushed … back", "repelled … assault").
 * Such an expression cannot match a stretch of text that holds none of its literal words, and most stretches hold
 * none; the test there was a scan of up to 200 characters per statement (over the 294 ISW reports, the two
 * expressions of attack-pushback.ts and attack-repelled.ts took 3.2% of the relations stage's CPU profile).
 *
 * One slot, not a WeakMap (as docWords in gazetteer/scan.ts): documents pass through the stage one at a time.
 */
let cachedDoc: Doc | undefined;
let cachedText = '';
const offsets = new Map<RegExp, Int32Array>();

/** Start offsets of every match of `cue` (a global expression) in the document's text, ascending. */
function cueOffsets(doc: Doc, cue: RegExp): Int32Array {
  if (cachedDoc !== doc || cachedText !== doc.text) {
    cachedDoc = doc;
    cachedText = doc.text;
    offsets.clear();
  }
  let found = offsets.get(cue);
  if (found === undefined) {
    const starts: number[] = [];
    cue.lastIndex = 0;
    for (let m = cue.exec(doc.text); m !== null; m = cue.exec(doc.text)) starts.push(m.index);
    found = Int32Array.from(starts);
    offsets.set(cue, found);
  }
  return found;
}

/**
 * Whether a match of `cue` (a global expression with no lookbehind, matching words that cannot overlap one another)
 * starts in the text at an offset in [from, to). A regular expression that needs one of the cue's words inside
 * doc.text.slice(from, to) cannot match that slice when this is false.
 */
export function cueBetween(doc: Doc, cue: RegExp, from: number, to: number): boolean {
  const starts = cueOffsets(doc, cue);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! < to;
}
