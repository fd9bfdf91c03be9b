import { compile, nextWord, type DateRule } from '../rule.js';
import { durationValue, shiftPeriod, yearValue } from '../timex.js';
import { Trigger } from '../triggers.js';

/**
 * The periods of results reporting, named without a number. "the quarter" and "the latest quarter" are
 * the one being reported, the last quarter that ended before the reference date; "the year-ago quarter",
 * "the year-earlier period" and "last year's quarter" are that quarter a year before. "for the year",
 * "the full year", "the current fiscal year" are the reference date's year, while "the year ended March
 * 31" is a twelve-month span that the date after it places. Only in sentences about results, since "the
 * quarter" is also a part of a city and "the year" of a story is often any year.
 */

const FINANCIAL_CONTEXT = /\b(?:profits?|earnings|revenues?|sales|income|loss(?:es)?|results|net|shares?|dividends?|fiscal|quarterly|cents|percent|analysts?|operating|margins?|growth)\b|[$%€£]/i;
const ENDING_ON = /^\s+end(?:ed|ing)\b/i;
/** Words after "the year" that count it from another year ("the year before"). */
const YEAR_SHIFTS = new Set(['before', 'after', 'previous', 'earlier', 'prior', 'later', 'ago']);

export const reportedPeriod: DateRule = {
  name: 'reported-period',
  pattern: compile(
    `(?:the\\s+(?:(?<recent>latest|most\\s+recent|just[\\s-]ended|recent)\\s+|(?<current>current|full|entire|whole)\\s+)?(?:(?<earlier>year[\\s-](?:ago|earlier))\\s+)?|(?<lastYear>last\\s+year['’]s\\s+))(?:fiscal\\s+)?(?<unit>quarter|period|year)`,
  ),
  priority: 8,
  confidence: 0.7,
  triggers: Trigger.unit,
  // "year" alone is in most sentences of news; the forms of it this rule reads are much rarer.
  requires: /quarter|period|(?:the|full|entire|whole|current|fiscal)\s+year/i,
  accept(m) {
    const { unit, recent, current, earlier, lastYear } = m.groups!;
    const end = m.index + m[0].length;
    // "the quarter-to-quarter comparison" and "the year-ago level" name no period here.
    const next = m.input.slice(end, end + 1);
    if (next === '-') return false;
    const tied = recent !== undefined || earlier !== undefined || lastYear !== undefined;
    switch (unit!.toLowerCase()) {
      case 'quarter':
        if (current !== undefined) return false;
        break;
      case 'period':
        // "the period" says which period only when "latest" or "year-earlier" ties it to the reported quarter.
        if (!tied) return false;
        break;
      default:
        // "the year's high" is a point in the year, "the year before" another year.
        if (tied || next === "'" || next === '’' || YEAR_SHIFTS.has(nextWord(m.input, end))) return false;
    }
    return FINANCIAL_CONTEXT.test(m.input);
  },
  resolve(m, ctx) {
    const { unit, earlier, lastYear } = m.groups!;
    if (unit!.toLowerCase() !== 'year') return { timexType: 'DATE', value: shiftPeriod(ctx.ref, 'quarter', earlier || lastYear ? -5 : -1) };
    if (ENDING_ON.test(m.input.slice(m.index + m[0].length))) return { timexType: 'DURATION', value: durationValue(1, 'year') };
    // Annual results come out in the first quarter of the next year: then a past clause reports the year just ended.
    const reportedLastYear = ctx.ref !== undefined && ctx.ref.m <= 3 && ctx.tense === 'past';
    return { timexType: 'DATE', value: yearValue(ctx.ref && (reportedLastYear ? ctx.ref.y - 1 : ctx.ref.y)) };
  },
};
