import type { SentenceItems } from './items.js';
import { attributionCues } from './rules/cues.js';

/**
 * A verb of denial governs the noun phrase after it, not only a "that" right after it: "denied any involvement by
 * X in the capture of Y", "refuted the claims of several prominent bloggers that X captured Y", "refuted claims of
 * X capturing Y", "deny reports that they were surrounded at Y", "denying claims that they captured Y". The
 * negation cues (rules/cues.ts) reach two items before a match and six before a "that"; this reads further back
 * over one clause, up to the nearest clause boundary. A claim denied only by a clause after it is refuted-claim.ts's.
 * Reads at most WINDOW items before the match (O(window)).
 */
const DENYING = new Set([
  'deny', 'denies', 'denied', 'denying', 'refute', 'refutes', 'refuted', 'refuting', 'rebut', 'rebuts', 'rebutted', 'rebutting',
  'debunk', 'debunks', 'debunked', 'debunking', 'reject', 'rejects', 'rejected', 'rejecting', 'dispute', 'disputes', 'disputed', 'disputing',
]);
/** Words that close the denial's clause before the match: punctuation, conjunctions of another clause, relatives. */
const BOUNDARY = new Set([
  ';', ':', '.', ',', '\u2014', '\u2013', '(', ')', 'but', 'while', 'whereas', 'although', 'though', 'however', 'yet',
  'after', 'before', 'because', 'since', 'when', 'as', 'despite', 'who', 'which', 'where', 'whom',
]);
/** "denied the report and claimed that X captured Y": after "and", a verb of saying opens the denier's next claim. */
const NEXT_CLAIM = new Set([...attributionCues, 'acknowledged', 'admitted', 'conceded', 'posted', 'published', 'maintained']);
const WINDOW = 12;

export function deniedObject(items: SentenceItems, first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - WINDOW; i--) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (BOUNDARY.has(key)) return false;
    if (key === 'and' && items.mention[i + 1]! < 0 && NEXT_CLAIM.has(items.keys[i + 1]!)) return false;
    if (DENYING.has(key)) return true;
  }
  return false;
}
