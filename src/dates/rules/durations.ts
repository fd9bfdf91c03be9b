import { COUNT_RE, DURATION_MODS, UNITS, UNIT_RE, alternation, parseCount } from '../lexicon.js';
import { compile, group, type DateRule, type Resolution } from '../rule.js';
import { durationValue, type DurationUnit } from '../timex.js';
import { Trigger } from '../triggers.js';

/**
 * Lengths of time: "three years", "48 hours", "the past two weeks", "a five-year term", "for months".
 * They are never turned into calendar dates.
 */

/** Words that frame a stretch of time as a span: "the past two years", "the first nine months". */
const SPAN_WORDS = alternation(['past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'latest', 'initial', 'further', 'additional', 'another', 'few', 'preceding', 'following']);

function resolveDuration(n: number | undefined, unitWord: string, modWord: string): Resolution {
  const unit: DurationUnit = unitWord.startsWith('fortnight') ? 'week' : (UNITS[unitWord] ?? 'day');
  const count = unitWord.startsWith('fortnight') && n !== undefined ? 2 * n : n;
  const resolution: Resolution = { timexType: 'DURATION', value: durationValue(count, unit) };
  const mod = DURATION_MODS[modWord];
  if (mod) resolution.mod = mod;
  return resolution;
}

export const countedDuration: DateRule = {
  name: 'counted-duration',
  pattern: compile(
    `(?:(?<mod>${alternation(Object.keys(DURATION_MODS))})\\s+)?(?:(?:the|a|an)\\s+)?(?:(?:${SPAN_WORDS})\\s+)?` +
      `(?<n>${COUNT_RE})(?:\\s+|-)(?<unit>${UNIT_RE}|fortnights?)(?:-(?:long|old))?`,
  ),
  priority: 6,
  confidence: 0.85,
  triggers: Trigger.unit,
  accept(m) {
    const n = parseCount(m.groups!.n!);
    const unit = group(m, 'unit');
    // "a second attempt" and "a quarter of the vote" are not lengths of time.
    if (/^an?$/i.test(m.groups!.n!) && (unit === 'second' || unit === 'quarter')) return false;
    return n === undefined || n < 1000;
  },
  resolve: (m) => resolveDuration(parseCount(m.groups!.n!), group(m, 'unit'), group(m, 'mod')),
};

const PLURAL_UNITS = alternation(['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'hours', 'minutes']);

/** An uncounted plural after a word that makes it a span: "for years", "in recent weeks", "over the coming months". */
export const vagueDuration: DateRule = {
  name: 'vague-duration',
  pattern: compile(
    `(?:(?<lead>recent|coming|the\\s+past\\s+few|the\\s+last\\s+few|the\\s+next\\s+few|the\\s+coming|the\\s+past|the\\s+last|the\\s+next)\\s+(?<unit>${PLURAL_UNITS})` +
      `|(?<=\\b(?:for|over|within|after|in)\\s+)(?<unit2>${PLURAL_UNITS})(?!\\s+(?:of|ago|later|earlier|before|after)\\b))`,
  ),
  priority: 5,
  confidence: 0.7,
  triggers: Trigger.unit,
  resolve: (m) => resolveDuration(undefined, group(m, 'unit') || group(m, 'unit2'), ''),
};

export const durationRules: readonly DateRule[] = [countedDuration, vagueDuration];
