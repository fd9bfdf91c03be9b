import { COUNT_RE, MONTH_RE, SEASONS, SEASON_RE, SET_WORDS, UNITS, WEEKDAYS, WEEKDAY_RE, alternation, key, monthNumber, parseCount } from '../lexicon.js';
import { compile, group, type DateRule, type Resolution } from '../rule.js';
import { durationValue, monthValue, seasonValue } from '../timex.js';
import { Trigger } from '../triggers.js';

/** Recurrences: "every week", "each season", "every Monday", "twice a month", "daily". */

function everyValue(word: string, n: number | undefined): string | undefined {
  const k = key(word).replace(/s$/, '');
  if (WEEKDAYS[k]) return `XXXX-WXX-${WEEKDAYS[k]}`;
  const m = monthNumber(word);
  if (m !== undefined) return monthValue(undefined, m);
  if (SEASONS[k]) return seasonValue(undefined, SEASONS[k]);
  if (k === 'season') return durationValue(n ?? 1, 'season');
  if (k === 'fortnight') return durationValue(2 * (n ?? 1), 'week');
  const unit = UNITS[key(word)];
  return unit ? durationValue(n ?? 1, unit) : undefined;
}

export const everyPeriod: DateRule = {
  name: 'every-period',
  pattern: compile(
    `(?:every|each)\\s+(?:(?:other|single)\\s+)?(?:(?<n>${COUNT_RE})\\s+)?(?<unit>${alternation([...Object.keys(UNITS), 'season', 'seasons', 'fortnight'])}|${WEEKDAY_RE}|${MONTH_RE}|${SEASON_RE})`,
  ),
  priority: 8,
  confidence: 0.85,
  triggers: Trigger.set,
  accept: (m) => everyValue(m.groups!.unit!, undefined) !== undefined,
  resolve(m) {
    const value = everyValue(m.groups!.unit!, m.groups!.n ? parseCount(m.groups!.n) : undefined);
    return value ? { timexType: 'SET', value } : undefined;
  },
};

/** "once a week", "twice a year", "three times a day": the value is the period. */
export const frequency: DateRule = {
  name: 'frequency',
  pattern: compile(`(?:once|twice|(?:${COUNT_RE})\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<unit>${alternation(['day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'hour'])})`),
  priority: 8,
  confidence: 0.85,
  triggers: Trigger.set,
  // The words every match holds around its count ("once a", "three times per").
  requires: /(?:once|twice|times)\s+(?:a|an|per|every|each)\s/i,
  resolve: (m) => ({ timexType: 'SET', value: everyValue(m.groups!.unit!, undefined)! }),
};

/** Weekdays in the plural are recurrences: "on Fridays". */
export const pluralWeekday: DateRule = {
  name: 'plural-weekday',
  pattern: compile(`(?<wd>${WEEKDAY_RE})s`),
  priority: 7,
  confidence: 0.8,
  triggers: Trigger.weekday,
  // Every weekday name ends in "day": a literal skips the sentences that name only singular weekdays.
  requires: /days/i,
  accept: (m) => /^[A-Z]/.test(m[0]),
  resolve: (m) => ({ timexType: 'SET', value: `XXXX-WXX-${WEEKDAYS[group(m, 'wd')]!}` }),
};

export const setWord: DateRule = {
  name: 'set-word',
  pattern: compile(`(?<w>${alternation(Object.keys(SET_WORDS))})`),
  priority: 6,
  confidence: 0.8,
  triggers: Trigger.set,
  resolve: (m): Resolution => ({ timexType: 'SET', value: SET_WORDS[group(m, 'w')]! }),
};

export const setRules: readonly DateRule[] = [everyPeriod, frequency, pluralWeekday, setWord];
