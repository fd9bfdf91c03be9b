import type { RelationMention } from '../model/document.js';
import { copyItem, cutItems, type SentenceItems } from './items.js';

/**
 * Two verbs joined by "and" / "or" before one object: "tried and failed to seize X", "are consolidating and fortifying
 * positions in X", "“consolidating” and “fortifying” positions in X". The rules read a verb next to its object, so
 * the first verb's rule never reached the object past the second verb ("consolidating positions in X" is a capture;
 * "fortifying … positions in X" says nothing). The stage runs its rules once more over the sentence with each second
 * verb (and its "and", and the quotes around the two) left out, and keeps what that reading adds: the second verb's
 * own statements were read already, next to the object.
 *
 * Branch rec19 (issue 13): misses of this shape in two guideline-alone batches (blind17: a capture of three towns by
 * "consolidating and fortifying positions in"; blind18: an attack "tried and failed to seize"), and the shape is rare:
 * 611 joined verb forms in the 294 ISW reports, 259 of them one boilerplate ("assessing and forecasting"), so the
 * second reading runs in a few hundred sentences.
 */

/** Word forms read as verbs (or participles): the regular endings, and irregular pasts of the rules' verbs. */
const VERB_ENDINGS = /(?:ed|ing)$/;
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['took', 'struck', 'hit', 'shot', 'fought', 'held', 'seized', 'overran', 'retook', 'withdrew', 'drove', 'beat', 'lost', 'won', 'made', 'sent', 'left', 'fled']);
/** At least this many letters: "red", "bed", "king" are no verb forms. */
const MIN_VERB_LENGTH = 5;
const JOINS: ReadonlySet<string> = new Set(['and', 'or']);
const QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d', "'"]);
/**
 * Second verbs that undo the first one's object: "rioted and refused to attack X" is no attack
 * (the one wrong statement of the first build on the 294 ISW reports). "Tried and failed to seize X" stays an attempt.
 */
const UNDOING: ReadonlySet<string> = new Set(['refused', 'refusing', 'declined', 'declining', 'ceased', 'ceasing', 'abandoned', 'abandoning', 'avoided', 'avoiding']);

const isVerbForm = (key: string): boolean => (key.length >= MIN_VERB_LENGTH && VERB_ENDINGS.test(key)) || IRREGULAR_PASTS.has(key);
const isWord = (items: SentenceItems, i: number): boolean => i >= 0 && i < items.length && items.mention[i]! < 0;
const isQuote = (items: SentenceItems, i: number): boolean => isWord(items, i) && QUOTES.has(items.keys[i]!);

/**
 * The item ranges [from, to) to leave out for the second reading: each "[”] and|or [“] V2 [”]" right after a verb
 * form V1 (the closing quote of V1 through the closing quote of V2), when V2 is a verb form too and no third verb
 * follows it ("A, B and C" lists of verbs are left as they are). Empty when the sentence has no such pair (nearly all).
 */
export function coordinatedVerbCuts(items: SentenceItems): number[] {
  let cuts: number[] | undefined;
  const keys = items.keys;
  for (let j = 1; j + 1 < items.length; j++) {
    // Two string compares per item, the whole cost for nearly every sentence (a mention item's key is '').
    const key = keys[j];
    if (key !== 'and' && key !== 'or') continue;
    let v1 = j - 1;
    if (isQuote(items, v1)) v1--;
    if (!isWord(items, v1) || !isVerbForm(items.keys[v1]!)) continue;
    let v2 = j + 1;
    if (isQuote(items, v2)) v2++;
    if (!isWord(items, v2) || !isVerbForm(items.keys[v2]!) || UNDOING.has(items.keys[v2]!)) continue;
    let to = v2 + 1;
    if (isQuote(items, to)) to++;
    // "tried, failed and retreated": the pair ends a longer list; which verb takes the object is not clear.
    if (isWord(items, to) && (JOINS.has(items.keys[to]!) || items.keys[to] === ',')) continue;
    cuts ??= [];
    // A quoted first verb loses its opening quote too: "are “consolidating positions" would read as a quotation.
    if (v1 < j - 1 && isQuote(items, v1 - 1)) cuts.push(v1 - 1, v1);
    cuts.push(v1 + 1, to);
  }
  return cuts ?? NONE;
}
const NONE: number[] = [];

/** `items` without the ranges of `cuts` (pairs of [from, to)), written into `out`. */
export function withoutCuts(items: SentenceItems, cuts: readonly number[], out: SentenceItems): SentenceItems {
  out.sentence = items.sentence;
  let n = 0;
  let c = 0;
  for (let i = 0; i < items.length; i++) {
    while (c < cuts.length && i >= cuts[c + 1]!) c += 2;
    if (c < cuts.length && i >= cuts[c]!) continue;
    copyItem(items, i, out, n++);
  }
  cutItems(out, n);
  return out;
}

/**
 * Drops from found[mark…] the statements the sentence's first reading made already (found[from…mark)), by predicate,
 * subject and object: the second reading only adds, it never restates with another rule or confidence.
 */
export function keepOnlyNew(found: RelationMention[], from: number, mark: number): void {
  let w = mark;
  for (let k = mark; k < found.length; k++) {
    const r = found[k]!;
    let seen = false;
    for (let j = from; j < w && !seen; j++) {
      const q = found[j]!;
      seen = q.predicate === r.predicate && q.subject === r.subject && q.object === r.object;
    }
    if (!seen) found[w++] = r;
  }
  found.length = w;
}
