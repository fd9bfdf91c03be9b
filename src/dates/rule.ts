import type { TimexType } from '../model/document.js';
import type { Ymd } from './calendar.js';
import type { CalendarUnit } from './timex.js';
import { startsWithWordChar } from './word-start.js';

/** The last date the text gave, at the precision it gave it: anaphoric expressions count from it. */
export interface Anchor {
  /** First day of the period the date names. */
  day: Ymd;
  unit: CalendarUnit;
}

export type Tense = 'past' | 'future' | 'unknown';

/** What a rule knows when it turns its match into a value. */
export interface ResolveContext {
  /** Reference date of the article the match is in (headline/dateline date, else the document's). */
  ref?: Ymd;
  /** The last date mentioned before the match in the same article ("two days later" counts from it). */
  anchor?: Anchor;
  /** Tense of the clause leading up to the match ("will meet on Monday" is future). */
  tense: Tense;
}

export interface Resolution {
  timexType: TimexType;
  value: string;
  mod?: string;
  /** The year was not written but inferred ("Oct. 15"): a range partner that has one may correct it. */
  inferredYear?: boolean;
}

/**
 * One rule of a rule family: a pattern (compiled once, global + case-insensitive) and how to read a match.
 * `accept` rejects matches the pattern cannot tell apart from non-dates ("may" the verb, "1500 troops")
 * before overlaps are settled; `resolve` returns undefined only for impossible dates ("February 30, 2025").
 */
export interface DateRule {
  name: string;
  pattern: RegExp;
  /** Among overlapping candidates of equal length, higher wins. */
  priority: number;
  confidence: number;
  /** Trigger classes (bits of `Trigger`): the rule only runs on sentences holding a word of one of them. */
  triggers: number;
  /**
   * A cheap test that every match of `pattern` passes (text the pattern cannot match without): a sentence
   * failing it skips the costlier pattern. Not global.
   */
  requires?: RegExp;
  /** Context check on the surrounding text (`match.input`), before overlaps are settled. */
  accept?(match: RegExpExecArray): boolean;
  resolve(match: RegExpExecArray, ctx: ResolveContext): Resolution | undefined;
}

/** A match waiting for resolution, in document offsets. Resolution waits for the previous dates (anaphora). */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  priority: number;
  confidence: number;
  resolve(ctx: ResolveContext): Resolution | undefined;
}

/** Named group of a match, lowercased; '' when the group did not take part. */
export function group(m: RegExpExecArray, name: string): string {
  return m.groups?.[name]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
}

/**
 * Compiles a rule pattern: word-bounded, global, case-insensitive. A pattern whose matches all begin with a word
 * character gets `\b` in front, which changes none of its matches and makes its search cheaper (word-start.ts).
 */
export function compile(source: string): RegExp {
  const wordStart = startsWithWordChar(source) ? '\\b' : '';
  return new RegExp(`${wordStart}(?<!\\w|\\d[.,])(?:${source})(?!\\w|\\.\\d)`, 'gi');
}

/** The word right before `index` in `text`, lowercased ('' at the start). */
export function previousWord(text: string, index: number): string {
  let end = index;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}'’-]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end).toLowerCase();
}

/** The word right after `index` in `text`, lowercased ('' at the end). */
export function nextWord(text: string, index: number): string {
  const m = /^\s*([\p{L}\p{N}'’%-]+)/u.exec(text.slice(index, index + 40));
  return m ? m[1]!.toLowerCase() : '';
}
