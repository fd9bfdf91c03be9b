import { isValidDate } from '../calendar.js';
import { yearOfMonthDayIn, yearOfMonthIn } from '../anchoring.js';
import { MONTH_RE, WEEKDAY_RE, key, monthNumber } from '../lexicon.js';
import { compile, previousWord, type DateRule, type Resolution, type ResolveContext } from '../rule.js';
import { monthValue, partialDayValue } from '../timex.js';
import { Trigger } from '../triggers.js';
import { weekOf } from './week-of.js';

/**
 * Calendar dates written out: "October 15, 2025", "15 October 2025", "Monday, Oct. 15", "December 2024",
 * "Oct. 15" and a bare "October", plus numeric forms (2025-10-15, 10/15/2025).
 */

const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = `(?:1[5-9]|20)\\d\\d`;

function dayOrMonth(y: number | undefined, m: number, d: number | undefined, ctx: ResolveContext): Resolution {
  if (d === undefined) {
    if (y !== undefined) return { timexType: 'DATE', value: monthValue(y, m) };
    const inferred = ctx.ref ? yearOfMonthIn(ctx.ref, m, ctx) : undefined;
    return { timexType: 'DATE', value: monthValue(inferred, m), inferredYear: true };
  }
  const year = y ?? (ctx.ref ? yearOfMonthDayIn(ctx.ref, m, d, ctx) : undefined);
  const resolution: Resolution = { timexType: 'DATE', value: partialDayValue(year, m, d) };
  if (y === undefined) resolution.inferredYear = true;
  return resolution;
}

/** Month names that are also common words ("may", "march", "mar"): alone, they need a word that licenses a date. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar']);
const MONTH_LICENSORS = new Set(['in', 'of', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'and', 'or', 'before', 'after', 'mid-']);

const FULL_MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const dayNumberOf = (s: string | undefined): number | undefined => (s ? parseInt(s, 10) : undefined);

export const writtenDate: DateRule = {
  name: 'written-date',
  pattern: compile(
    `(?:${WEEKDAY_RE}[^\\S\\n]*,?[^\\S\\n]+)?(?:(?:the\\s+)?(?<d1>${DAY})\\s+(?:of\\s+)?)?(?<mon>${MONTH_RE})` +
      `(?:\\s+(?<d2>${DAY})(?!\\d|:\\d))?(?:\\s*,?\\s*(?:of\\s+)?(?<y>${YEAR})(?!\\d))?`,
  ),
  priority: 10,
  confidence: 0.95,
  triggers: Trigger.month,
  accept(m) {
    const month = m.groups!.mon!;
    if (monthNumber(month) === undefined || (m.groups!.d1 && m.groups!.d2)) return false;
    const bare = !m.groups!.d1 && !m.groups!.d2 && !m.groups!.y;
    if (!bare) return true;
    // An abbreviation alone ("Jan") is more often a name than a month.
    if (!FULL_MONTH_NAMES.has(key(month))) return false;
    return !AMBIGUOUS_MONTHS.has(key(month)) || MONTH_LICENSORS.has(previousWord(m.input, m.index));
  },
  resolve(m, ctx) {
    const month = monthNumber(m.groups!.mon!)!;
    const y = m.groups!.y ? Number(m.groups!.y) : undefined;
    const d = dayNumberOf(m.groups!.d1 ?? m.groups!.d2);
    if (d !== undefined && y !== undefined && !isValidDate(y, month, d)) return undefined;
    return dayOrMonth(y, month, d, ctx);
  },
};

/** The later days of "December 5 and 6", "October 14–15", "March 3, 4 or 5": same month as the first. */
export const coordinatedDay: DateRule = {
  name: 'coordinated-day',
  pattern: compile(
    `(?<=(?<mon>${MONTH_RE})\\s+${DAY}(?:\\s*,\\s*${DAY})*\\s*(?:,|and|or|-|–|to|through|until)\\s*)(?<d>${DAY})(?!\\d|:\\d)` +
      `(?:\\s*,?\\s*(?<y>${YEAR})(?!\\d))?`,
  ),
  priority: 10,
  confidence: 0.85,
  triggers: Trigger.month,
  // Two day numbers around the joining word: "5 and 6", "14–15", "3rd to 4th". The first follows a space
  // (after the month) or a comma (after an earlier day); the second, like every DAY here, is one or two
  // digits not followed by a third, so thousands ("1,500") fail.
  requires: /[\s,]\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|or|-|–|to|through|until)\s*\d{1,2}(?:st|nd|rd|th)?(?!\d)/i,
  accept: (m) => monthNumber(m.groups!.mon!) !== undefined,
  resolve(m, ctx) {
    const month = monthNumber(m.groups!.mon!)!;
    const y = m.groups!.y ? Number(m.groups!.y) : undefined;
    const d = Number.parseInt(m.groups!.d!, 10);
    if (y !== undefined && !isValidDate(y, month, d)) return undefined;
    return dayOrMonth(y, month, d, ctx);
  },
};

export const isoDate: DateRule = {
  name: 'iso-date',
  pattern: compile(`(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])(?:-(?<d>0[1-9]|[12]\\d|3[01]))?(?!-\\d)`),
  priority: 10,
  confidence: 0.95,
  triggers: Trigger.digit,
  // What every match holds (a year, a hyphen, a month's first digit): most sentences with a digit have none.
  requires: /\d-[01]\d/,
  resolve(m) {
    const y = Number(m.groups!.y);
    const month = Number(m.groups!.m);
    const d = dayNumberOf(m.groups!.d);
    if (d === undefined) return { timexType: 'DATE', value: monthValue(y, month) };
    if (!isValidDate(y, month, d)) return undefined;
    return { timexType: 'DATE', value: partialDayValue(y, month, d) };
  },
};

/** 10/15/2025 is month first in English news; 15/10/2025 can only be day first. */
export const numericDate: DateRule = {
  name: 'numeric-date',
  pattern: compile(`(?<a>[01]?\\d|[23]\\d)[/.](?<b>[0-3]?\\d)[/.](?<y>${YEAR})`),
  priority: 9,
  confidence: 0.75,
  triggers: Trigger.digit,
  // What every match holds (two separators between digits): most sentences with a digit have none, and the
  // literal test is cheaper than the pattern, which has no literal to skip ahead by.
  requires: /\d[/.]\d{1,2}[/.]\d/,
  resolve(m) {
    const a = Number(m.groups!.a);
    const b = Number(m.groups!.b);
    const y = Number(m.groups!.y);
    const [month, d] = a > 12 ? [b, a] : [a, b];
    if (!isValidDate(y, month, d)) return undefined;
    return { timexType: 'DATE', value: partialDayValue(y, month, d) };
  },
};

export const calendarRules: readonly DateRule[] = [writtenDate, coordinatedDay, isoDate, numericDate, weekOf];
