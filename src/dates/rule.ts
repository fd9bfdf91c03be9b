import type { TimexType } from '../model/document.js';
import type { Ymd } from './calendar.js';

/** What a rule knows when it turns its match into a value. */
export interface ResolveContext {
  /** Reference date of the article the match is in (headline/dateline date, else the document's). */
  ref?: Ymd;
  /** The last day-precise date mentioned before the match in the same article ("two days later" counts from it). */
  anchor?: Ymd;
  /** The clause around the match talks about the future ("will meet on Monday"). */
  future: boolean;
}

export interface Resolution {
  timexType: TimexType;
  value: string;
  mod?: string;
  /** The day this expression pins down, when it pins one down: later anaphoric expressions count from it. */
  day?: Ymd;
}

/**
 * One rule of a rule family: a pattern (compiled once, global + case-insensitive) and how to read a match.
 * `resolve` returns undefined to reject a match the pattern cannot tell apart from non-dates
 * ("may" the verb, "2,000 troops").
 */
export interface DateRule {
  name: string;
  pattern: RegExp;
  /** Among overlapping candidates of equal length, higher wins. */
  priority: number;
  confidence: number;
  /** Context check on the surrounding text, before resolution; `start`/`end` index into `text`. */
  accept?(match: RegExpExecArray, text: string, start: number, end: number): boolean;
  resolve(match: RegExpExecArray, ctx: ResolveContext): Resolution | undefined;
}

/** A match waiting for resolution, in document offsets. */
export interface Candidate {
  start: number;
  end: number;
  rule: DateRule;
  match: RegExpExecArray;
}

/** Named group of a match, lowercased; '' when the group did not take part. */
export function group(m: RegExpExecArray, name: string): string {
  return m.groups?.[name]?.toLowerCase().replace(/\s+/g, ' ') ?? '';
}

/** Compiles a rule pattern: word-bounded, global, case-insensitive. */
export function compile(source: string): RegExp {
  return new RegExp(`(?<![\\w'-])(?:${source})(?![\\w'-]|\\.\\d)`, 'gi');
}
