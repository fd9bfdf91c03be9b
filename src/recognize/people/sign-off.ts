import type { Mention } from '../../model/document.js';
import { BREAK_BEFORE, CAP, DIGIT, POSSESSIVE_TOKEN, UPPER, type WordTokens } from '../../gazetteer/scan.js';

/** Name words a correspondent's name may have after the outlet's possessive ("X's Anna Maria Kovac"). */
const MAX_NAME_WORDS = 3;
/** Words after "has" that close a correspondent's sign-off: "has more", "has this report", "has the story". */
const AFTER_HAS: ReadonlySet<string> = new Set(['more', 'this', 'the', 'a']);
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

/**
 * A correspondent's sign-off, the way broadcasters' wire copy hands over to a report: an organization's
 * possessive (a listed or found one, or an acronym nothing claims), two or three capitalized words that no candidate
 * claims for sure (a doubted village's name may be a surname), then "reports" (ending the sentence or
 * before "from") or "has more" / "has this report": "XYZ's Dana Orvel reports from Lisbon." The cue is strong
 * enough to take a name whose first word is also an English word, which the speaker cues leave alone.
 * Returns [first, end) word ranges of the names.
 */
export function signOffNames(text: string, words: WordTokens, free: (w: number) => boolean, organizationEndingAt: (offset: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let p = 1; p + 3 < words.count; p++) {
    if (!(words.flags[p]! & POSSESSIVE_TOKEN)) continue;
    let end = p + 1;
    while (end < words.count && end - p - 1 < MAX_NAME_WORDS && nameWord(text, words, free, end) && !(words.flags[end]! & BREAK_BEFORE)) end++;
    if (end - p - 1 < 2 || !closesSignOff(words, end)) continue;
    // The owner last: `organizationEndingAt` may scan every candidate, and asked at every possessive it was most of
    // this function's cost; the name and "reports" after it rule out nearly all possessives first
    // (signOffNames + organizationEndingAt: 14 ms self time over the 294 ISW reports before).
    if (!(organizationEndingAt(words.end[p - 1]!) || outletAcronym(words, free, p - 1))) continue;
    out.push([p + 1, end]);
    p = end;
  }
  return out;
}

/** An acronym no candidate claims ("XYZ's"): an outlet the lists do not know. */
function outletAcronym(words: WordTokens, free: (w: number) => boolean, w: number): boolean {
  return (words.flags[w]! & UPPER) !== 0 && free(w) && words.end[w]! - words.start[w]! >= 2;
}

function nameWord(text: string, words: WordTokens, free: (w: number) => boolean, w: number): boolean {
  const f = words.flags[w]!;
  return (f & CAP) !== 0 && !(f & (UPPER | DIGIT | POSSESSIVE_TOKEN)) && free(w) && NAME_WORD.test(text.slice(words.start[w]!, words.end[w]!));
}

function closesSignOff(words: WordTokens, k: number): boolean {
  const verb = words.folded[k];
  if (verb === 'reports') {
    const next = words.folded[k + 1];
    return next === undefined || (words.flags[k + 1]! & BREAK_BEFORE) !== 0 || next === 'from';
  }
  return verb === 'has' && AFTER_HAS.has(words.folded[k + 1] ?? '') && (words.folded[k + 1] !== 'this' || words.folded[k + 2] === 'report');
}
