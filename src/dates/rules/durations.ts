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

/** Qualifying words; "over" only when it is not the preposition of "over the past two weeks". */
const MOD_RE = `${alternation(Object.keys(DURATION_MODS).filter((w) => w !== 'over'))}|over(?!\\s+the\\b)`;

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
    `(?:(?<mod>${MOD_RE})\\s+)?(?:the\\s+)?(?:(?:${SPAN_WORDS})\\s+)?` +
      `(?<n>${COUNT_RE})(?:\\s+|-)(?:(?:more|additional|further|extra)\\s+)?(?<unit>${UNIT_RE}|fortnights?)(?:-long)?`,
  ),
  priority: 6,
  confidence: 0.85,
  triggers: Trigger.unit,
  accept(m) {
    const n = parseCount(m.groups!.n!);
    const unit = group(m, 'unit');
    const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 6);
    // "a second attempt" and "three-quarters of the vote" are not lengths of time; "a 44-year-old" is an age.
    if (/^an?$/i.test(m.groups!.n!) && (unit === 'second' || unit === 'quarter')) return false;
    if ((unit === 'quarter' || unit === 'quarters') && /^\s+of\b/.test(after)) return false;
    if (/^[\s-]old\b/.test(after)) return false;
    return n === undefined || n < 1000;
  },
  resolve: (m) => resolveDuration(parseCount(m.groups!.n!), group(m, 'unit'), group(m, 'mod')),
};

const PLURAL_UNITS = alternation(['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'hours', 'minutes']);
/** "recent weeks" is the recent past as a whole, "coming months" the near future (TIMEX3 *_REF). */
const VAGUE_REFERENCE: Readonly<Record<string, string>> = { recent: 'PAST_REF', coming: 'FUTURE_REF', 'the coming': 'FUTURE_REF' };

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
  // Both branches of the pattern end in a plural unit; the unit trigger also fires on singular ones.
  requires: new RegExp(PLURAL_UNITS, 'i'),
  resolve(m) {
    const reference = VAGUE_REFERENCE[group(m, 'lead')];
    if (reference) return { timexType: 'DATE', value: reference };
    return resolveDuration(undefined, group(m, 'unit') || group(m, 'unit2'), '');
  },
};

/** Uncounted "-long" adjectives: "a day-long meeting" lasts a day, "a decades-long feud" some decades. */
export const lengthAdjective: DateRule = {
  name: 'length-adjective',
  pattern: compile(`(?<unit>${UNIT_RE})-long`),
  priority: 5,
  confidence: 0.8,
  triggers: Trigger.unit,
  requires: /-long/i,
  resolve(m) {
    const unit = group(m, 'unit');
    return resolveDuration(UNITS[unit] === unit ? 1 : undefined, unit, '');
  },
};

export const durationRules: readonly DateRule[] = [countedDuration, vagueDuration, lengthAdjective];
