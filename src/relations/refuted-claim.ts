import type { SentenceItems } from './items.js';

/**
 * A claim the same sentence calls false after it is no event: "claims that X withdrew from Y, which were refuted
 * by Z", "claimed that X captured Y, a claim that Z later debunked". The cue words before a claim already negate
 * ("refuted claims that …", rules/cues.ts); here the refutation comes after the claimed clause. Only words that
 * call a claim false count: a denial by the other side leaves a claim ("claims that Z denied" is still reported).
 * A main clause that says the opposite of a claim named after "despite" refutes it too (contradictedBefore).
 * Reads "that" a few items before the match (its claim word maybe a date before it: "claimed on May 2 that") and a
 * window after it, a bracketed aside not counted (O(window)).
 */
const CLAIM_WORDS = new Set(['claims', 'claim', 'claimed', 'claiming', 'reports', 'reported', 'rumors', 'rumours', 'allegations', 'alleged', 'assertions', 'asserted']);
const REFUTING = new Set(['refuted', 'refute', 'refutes', 'debunked', 'debunks', 'disproved', 'disproves', 'rebutted', 'rebuts', 'false', 'untrue', 'falsified', 'fabricated', 'incorrect', 'inaccurate', 'erroneous']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nobody']);
/**
 * Words that doubt rather than refute, counted only when they say it of the claim itself: "…, but this claim is
 * unlikely considering …" (not "…, making a counterattack unlikely").
 */
const DOUBTING = new Set(['unlikely', 'implausible', 'dubious', 'doubtful']);
const CLAIM_NOUNS = new Set(['claim', 'claims', 'report', 'reports', 'assertion', 'assertions']);
const BEFORE = 5;
const AFTER = 14;

export function refutedClaim(items: SentenceItems, first: number, last: number): boolean {
  const claim = claimBefore(items, first);
  if (claim < 0) return false;
  if (contradictedBefore(items, claim) || calledFalse(items, claim)) return true;
  // The refutation is a clause appended after a comma ("…, which were refuted"), not a verb the claimant
  // conjoins ("claimed that X captured Y and refuted reports of Z").
  let appended = false;
  // A bracketed aside after the place is not counted in the window ("… captured Y (after a similar claim on
  // May 2), though this claim is likely false"): its words say nothing of the claim.
  let depth = 0;
  for (let i = last + 1, read = 0; i < items.length && read < AFTER; i++) {
    const key = items.keys[i]!;
    if (items.mention[i]! < 0 && (key === '(' || key === ')')) {
      depth = Math.max(0, depth + (key === '(' ? 1 : -1));
      continue;
    }
    if (depth > 0) continue;
    read++;
    if (items.mention[i]! >= 0) continue;
    if (key === ';') return false;
    // (or after a dash: "… withdrew from Y—claims that Z refuted")
    if (key === ',' || key === '\u2014' || key === '\u2013') appended = true;
    else if (REFUTING.has(key)) return appended && !keyBefore(items, i, 1, 3, NEGATION);
    else if (DOUBTING.has(key) && appended && keyBefore(items, i, 2, 4, CLAIM_NOUNS)) return !keyBefore(items, i, 1, 3, NEGATION);
  }
  return false;
}

/**
 * One of the items `near` to `far` places before item `i` has a key of `words`. A loop, not `[1, 2, 3].some(…)` in
 * refutedClaim's loop: the closure over the loop's `i` made V8 allocate a context for every item read (2.2 MB per warm
 * pass over the 294 ISW reports with the function's list literals; heap sampling, 25f0bbd).
 */
function keyBefore(items: SentenceItems, i: number, near: number, far: number, words: ReadonlySet<string>): boolean {
  for (let k = near; k <= far; k++) if (words.has(items.keys[i - k]!)) return true;
  return false;
}

/** "claims that" / "claimed that" a few items before the match: the index of the claim word, or -1. */
function claimBefore(items: SentenceItems, first: number): number {
  for (let i = first - 1; i > 0 && i >= first - BEFORE; i--) {
    if (items.mention[i]! < 0 && items.keys[i] === 'that') {
      const claim = claimWordBefore(items, i);
      return claim >= 0 ? claim : chainedClaim(items, i);
    }
  }
  return -1;
}

/**
 * A later "that" clause of one claim ("claimed that A …, B …, and that X captured Y"): its claim word is the first
 * clause's. Read back from an "and that" / ", that" over at most CHAIN_BACK items, to the first "that" found, no
 * clause end between (O(CHAIN_BACK)).
 */
const CHAIN_BACK = 40;
function chainedClaim(items: SentenceItems, that: number): number {
  const link = items.keys[that - 1];
  if (items.mention[that - 1]! >= 0 || (link !== 'and' && link !== ',')) return -1;
  for (let i = that - 2; i > 0 && i >= that - CHAIN_BACK; i--) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (key === ';' || key === '.' || key === ':') return -1;
    if (key === 'that') return claimWordBefore(items, i);
  }
  return -1;
}

/** How many words may stand between the claim word and its "that": a date or an adverb ("claimed on May 2 that"). */
const CLAIM_GAP = 4;
const GAP_BREAKS = new Set([',', ';', ':', '(', ')', '.']);

/** The claim word right before "that" at `that`, or a few plain words before it: its index, or -1. */
function claimWordBefore(items: SentenceItems, that: number): number {
  // A short bracketed aside may stand between: "claimed (likely falsely) that".
  let i = that - 1;
  if (items.mention[i]! < 0 && items.keys[i] === ')') {
    const open = openingBracket(items, i);
    if (open < 0) return -1;
    i = open - 1;
  }
  // Names between are not counted: the claim's audience, source or date ("claimed to X residents that", "claims made by
  // X sources that"); at most CLAIM_GAP plain words and twice as many items.
  for (let words = 0, end = i - 2 * CLAIM_GAP; i >= 0 && i > end && words < CLAIM_GAP; i--) {
    if (items.mention[i]! >= 0) continue;
    if (GAP_BREAKS.has(items.keys[i]!)) return -1;
    if (CLAIM_WORDS.has(items.keys[i]!)) return i;
    words++;
  }
  return -1;
}

/** The "(" of the short aside closed at `close`, or -1. */
const ASIDE_WORDS = 4;
function openingBracket(items: SentenceItems, close: number): number {
  for (let i = close - 1; i >= 0 && i >= close - ASIDE_WORDS - 1; i--) if (items.mention[i]! < 0 && items.keys[i] === '(') return i;
  return -1;
}

/**
 * The claim word itself is called false: "falsely claimed that …" (cues.ts reads it only next to the clause),
 * "claimed falsely that …", "claimed (likely falsely) that …" (on the 294 ISW reports 2 such statements, both wrong).
 */
const FALSELY = new Set(['falsely', 'wrongly', 'baselessly', 'spuriously']);
function calledFalse(items: SentenceItems, claim: number): boolean {
  for (let i = Math.max(0, claim - 2); i <= claim + ASIDE_WORDS + 1 && i < items.length; i++) {
    if (i === claim || items.mention[i]! >= 0) continue;
    if (i > claim && items.keys[i] === 'that') return false;
    if (FALSELY.has(items.keys[i]!)) return true;
  }
  return false;
}

/**
 * The main clause states the opposite of a claim it names after "despite" or "contrary to": "footage shows Z's troops
 * in Y despite repeated claims that X captured Y" (on the 262 non-test ISW reports 3 such statements, all wrong). A
 * claim the text calls confirmed stays ("despite previous confirmed reports that X withdrew from Y").
 */
const CONTRARY = new Set(['despite', 'contrary']);
const CONFIRMED = new Set(['confirmed', 'verified', 'accurate', 'credible']);
const CONTRARY_BEFORE = 5;

function contradictedBefore(items: SentenceItems, claim: number): boolean {
  for (let i = claim - 1; i >= 0 && i >= claim - CONTRARY_BEFORE; i--) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (CONFIRMED.has(key) || key === ',' || key === ';') return false;
    if (CONTRARY.has(key)) return true;
  }
  return false;
}
