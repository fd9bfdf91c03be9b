import type { SentenceItems } from './items.js';

/**
 * An event told in a clause of condition or of a time still to come is not one that happened (annotation
 * guidelines: only what the text states as having happened): "if and when the Russians abandon the west bank",
 * "unless Ukrainian forces retake X", "until Russian forces capture the plant", "whether Russian forces
 * captured X". The clause's conjunction stands right before the match (an article, "and when", "as soon as"
 * may stand between). A conjunction of time only looks ahead when its verb is not in the past: "until
 * Russian forces captured X in May" and "before Ukrainian forces liberated X" tell what happened.
 */
const CONDITIONS = new Set(['if', 'unless', 'whether', 'lest']);
const TIMES_AHEAD = new Set(['until', 'till', 'once', 'before']);
/** Words between the conjunction and the match: "if and when the", "as soon as", "only if", "even if". */
const PASSABLE = new Set(['the', 'and', 'or', 'when', 'as', 'soon', 'only', 'even']);
/** How many items before the match are read. */
const LOOK_BEHIND = 5;
/** Past forms of the event verbs that do not end in -ed. */
const IRREGULAR_PAST = new Set(['took', 'retook', 'withdrew', 'fled', 'left', 'fought', 'struck', 'overran', 'broke', 'drove', 'fell', 'won', 'lost', 'held', 'began', 'had', 'was', 'were', 'did']);

export function inConditionalClause(items: SentenceItems, first: number, last: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - LOOK_BEHIND; i--) {
    if (items.mention[i]! >= 0) return false;
    const key = items.keys[i]!;
    if (CONDITIONS.has(key)) return true;
    // "as soon as Russian forces capture X": the first "as" of the three is the conjunction's.
    if (TIMES_AHEAD.has(key) || (key === 'as' && items.keys[i + 1] === 'soon')) return !toldInThePast(items, first, last);
    if (!PASSABLE.has(key)) return false;
  }
  return false;
}

function toldInThePast(items: SentenceItems, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (items.mention[i]! >= 0) continue;
    const key = items.keys[i]!;
    if (IRREGULAR_PAST.has(key) || (key.length > 4 && key.endsWith('ed'))) return true;
  }
  return false;
}
