import type { DateRule } from './rule.js';
import { calendarRules } from './rules/calendar.js';
import { durationRules } from './rules/durations.js';
import { holidayRules } from './rules/holidays.js';
import { periodRules } from './rules/periods.js';
import { referenceWordRules } from './rules/reference-words.js';
import { relativeRules } from './rules/relative.js';
import { setRules } from './rules/sets.js';

/**
 * The English rule families by name, as a pipeline file may list them in the `rules` option. Besides
 * these, `chrono-times` (chrono-node for clock times) and `chrono-locales` (chrono-node for non-English
 * paragraphs) are built in; `chrono-only` runs chrono-node alone on every sentence, the baseline.
 */
export const ruleFamilies: Readonly<Record<string, readonly DateRule[]>> = {
  calendar: calendarRules,
  relative: relativeRules,
  periods: periodRules,
  durations: durationRules,
  sets: setRules,
  holidays: holidayRules,
  'reference-words': referenceWordRules,
};

export const CHRONO_FAMILIES = ['chrono-times', 'chrono-locales', 'chrono-only'] as const;
export const DEFAULT_FAMILIES: readonly string[] = [...Object.keys(ruleFamilies), 'chrono-times', 'chrono-locales'];
export const KNOWN_FAMILIES: readonly string[] = [...Object.keys(ruleFamilies), ...CHRONO_FAMILIES];
