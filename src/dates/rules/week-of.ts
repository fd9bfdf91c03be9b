import { daysInMonth, isValidDate } from '../calendar.js';
import { yearOfMonthDayIn, yearOfMonthIn } from '../anchoring.js';
import { MONTH_RE, ORDINALS, alternation, monthNumber } from '../lexicon.js';
import { compile, group, type DateRule } from '../rule.js';
import { weekValue } from '../timex.js';
import { Trigger } from '../triggers.js';

/**
 * A week named by a day in it or by its place in a month: "the week of March 6", "the last week of
 * March", "the first week of June 2025". TIMEX3 gives these the ISO week (`2025-W10`), not the day or
 * the month.
 */

const DAY = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = `(?:1[5-9]|20)\\d\\d`;

/**
 * The day that places the nth week of a month: ISO weeks belong where most of their days are, so the
 * first week holds the 4th and the last holds the day three before the month's end.
 */
function dayOfNthWeek(y: number, m: number, nth: string): number {
  return nth === 'last' || nth === 'final' ? daysInMonth(y, m) - 3 : 4 + 7 * ((ORDINALS[nth] ?? 1) - 1);
}

export const weekOf: DateRule = {
  name: 'week-of',
  pattern: compile(
    `the\\s+(?:(?<nth>${alternation(Object.keys(ORDINALS))})\\s+)?week\\s+of\\s+(?<mon>${MONTH_RE})(?:\\s+(?<d>${DAY})(?!\\d|:\\d))?(?:\\s*,?\\s*(?<y>${YEAR})(?!\\d))?`,
  ),
  priority: 11,
  confidence: 0.85,
  triggers: Trigger.month,
  requires: /week\s+of/i,
  // A week is named either by a day in it or by its place in the month, not both nor neither.
  accept: (m) => monthNumber(m.groups!.mon!) !== undefined && (m.groups!.nth === undefined) === (m.groups!.d !== undefined),
  resolve(m, ctx) {
    const month = monthNumber(m.groups!.mon!)!;
    const nth = group(m, 'nth');
    const written = m.groups!.y ? Number(m.groups!.y) : undefined;
    if (nth) {
      const y = written ?? (ctx.ref ? yearOfMonthIn(ctx.ref, month, ctx) : undefined);
      if (y === undefined) return { timexType: 'DATE', value: weekValue(undefined), inferredYear: true };
      return { timexType: 'DATE', value: weekValue({ y, m: month, d: dayOfNthWeek(y, month, nth) }) };
    }
    const d = parseInt(m.groups!.d!, 10);
    const y = written ?? (ctx.ref ? yearOfMonthDayIn(ctx.ref, month, d, ctx) : undefined);
    if (y === undefined) return { timexType: 'DATE', value: weekValue(undefined), inferredYear: true };
    if (!isValidDate(y, month, d)) return undefined;
    return { timexType: 'DATE', value: weekValue({ y, m: month, d }) };
  },
};
