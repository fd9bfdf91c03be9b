import { MONTH_RE, NUMBER_WORDS, alternation, monthNumber } from '../lexicon.js';
import { compile, group, type DateRule } from '../rule.js';
import { monthValue, yearValue } from '../timex.js';
import { Trigger } from '../triggers.js';

/**
 * Years written out in words, as transcripts and quotes give them: "nineteen ninety-six", "January
 * nineteen ninety-seven", "the year two thousand". "two thousand" alone is mostly a count ("two thousand
 * troops"), so it needs "the year" before it; a century word followed by a tens word is never a count.
 */

/** The first half of a spoken year: its century. */
const CENTURIES: Readonly<Record<string, number>> = { seventeen: 1700, eighteen: 1800, nineteen: 1900 };
const UNITS_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** The second half: "ninety-six", "ten", "oh-five", "hundred". */
const YEAR_OF_CENTURY = `(?:${alternation(TENS_WORDS)})(?:[\\s-]+(?:${alternation(UNITS_WORDS)}))?|${alternation(TEEN_WORDS)}|oh[\\s-]+(?:${alternation(UNITS_WORDS)})|hundred`;
const MILLENNIUM_TAIL = `(?:[\\s-]+(?:and[\\s-]+)?(?<tail2k>${alternation([...TEEN_WORDS, ...UNITS_WORDS])}))?`;

/** "ninety-six" → 96, "oh-five" → 5, "hundred" → 0. */
function yearOfCenturyNumber(words: string): number {
  return words
    .split(/[\s-]+/)
    .reduce((sum, w) => sum + (w === 'oh' || w === 'hundred' ? 0 : NUMBER_WORDS[w] ?? 0), 0);
}

/** A year spoken as century and year ("nineteen ninety-four"), for other rules to accept after their words. */
export const CENTURY_YEAR_RE = `(?<cent>${alternation(Object.keys(CENTURIES))})[\\s-]+(?<yy>${YEAR_OF_CENTURY})`;

/** The year a match of `CENTURY_YEAR_RE` names, or undefined when that part did not match. */
export function centuryYearOf(m: RegExpExecArray): number | undefined {
  const cent = group(m, 'cent');
  return cent ? CENTURIES[cent]! + yearOfCenturyNumber(group(m, 'yy')) : undefined;
}

export const spelledYear: DateRule = {
  name: 'spelled-year',
  pattern: compile(
    `(?:(?<month>${MONTH_RE})\\s+)?(?:${CENTURY_YEAR_RE}|the\\s+year\\s+two[\\s-]+thousand${MILLENNIUM_TAIL})`,
  ),
  priority: 9,
  confidence: 0.8,
  triggers: Trigger.count,
  requires: /teen|thousand/i,
  resolve(m) {
    const y = centuryYearOf(m) ?? 2000 + (NUMBER_WORDS[group(m, 'tail2k')] ?? 0);
    const month = m.groups!.month ? monthNumber(m.groups!.month) : undefined;
    return { timexType: 'DATE', value: month ? monthValue(y, month) : yearValue(y) };
  },
};
