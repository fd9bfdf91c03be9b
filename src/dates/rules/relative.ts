import { addDays, isoWeekday, type Ymd } from '../calendar.js';
import { anaphoricBase, dayOfShiftedWeekday, dayOfWeekday, yearOfSeason, yearOfShiftedMonth } from '../anchoring.js';
import {
  COUNT_RE,
  DURATION_MODS,
  MONTH_RE,
  PARTS_OF_DAY,
  PRESENT_DAY_NOUNS,
  SEASONS,
  SEASON_RE,
  SHIFTS,
  UNITS,
  UNIT_RE,
  WEEKDAYS,
  WEEKDAY_RE,
  alternation,
  key,
  monthNumber,
  parseCount,
} from '../lexicon.js';
import { compile, group, nextWord, type Anchor, type DateRule, type Resolution, type ResolveContext } from '../rule.js';
import { dayValue, durationValue, monthValue, seasonValue, shiftPeriod, yearValue, type CalendarUnit } from '../timex.js';
import { Trigger } from '../triggers.js';
import { CENTURY_YEAR_RE, centuryYearOf } from './spelled-years.js';

/**
 * Dates that count from the reference date ("yesterday", "last week", "on Monday", "two years ago",
 * "last March") or from the previous date in the text ("the next day", "two days later").
 */

const PART_OF_DAY_RE = alternation(Object.keys(PARTS_OF_DAY));

/**
 * Day words and their offset from the reference day; some fix the part of the day or the clock too.
 * `narrated`: a clock word with no day of its own is on the day the text is narrating ("at midday").
 */
const RELATIVE_DAYS: Readonly<Record<string, { days: number; part?: string; narrated?: boolean }>> = {
  today: { days: 0 },
  yesterday: { days: -1 },
  tomorrow: { days: 1 },
  tonight: { days: 0, part: 'NI' },
  'last night': { days: -1, part: 'NI' },
  'this morning': { days: 0, part: 'MO' },
  'this afternoon': { days: 0, part: 'AF' },
  'this evening': { days: 0, part: 'EV' },
  'the day before yesterday': { days: -2 },
  'the day after tomorrow': { days: 2 },
  midday: { days: 0, part: '12:00', narrated: true },
  'mid-day': { days: 0, part: '12:00', narrated: true },
};

function dayResolution(day: Ymd | undefined, part: string | undefined, weekday?: number): Resolution {
  const date = day ? dayValue(day) : weekday ? `XXXX-WXX-${weekday}` : 'XXXX-XX-XX';
  return part ? { timexType: 'TIME', value: `${date}T${part}` } : { timexType: 'DATE', value: date };
}

const POSSESSIVE_NOUN = /^['’]s\s+([a-z]+)/i;

/** "today's youth": "today" as "present-day", before a noun for people or society at large. */
function isPresentDay(text: string, end: number): boolean {
  const noun = POSSESSIVE_NOUN.exec(text.slice(end, end + 24))?.[1];
  return noun !== undefined && PRESENT_DAY_NOUNS.has(noun.toLowerCase());
}

export const relativeDay: DateRule = {
  name: 'relative-day',
  pattern: compile(`(?:(?:earlier|later)\\s+)?(?<word>${alternation(Object.keys(RELATIVE_DAYS))})(?:\\s+(?<part>${PART_OF_DAY_RE}))?`),
  priority: 8,
  confidence: 0.9,
  triggers: Trigger.relativeDay,
  accept: (m) => !(group(m, 'word') === 'today' && isPresentDay(m.input, m.index + m[0].length)),
  resolve(m, ctx) {
    const entry = RELATIVE_DAYS[group(m, 'word')]!;
    const part = PARTS_OF_DAY[group(m, 'part')] ?? entry.part;
    const base = entry.narrated && ctx.anchor?.unit === 'day' ? ctx.anchor.day : ctx.ref;
    return dayResolution(base && addDays(base, entry.days), part);
  },
};

const WEEKDAY_SHIFT_RE = alternation(['last', 'this past', 'this coming', 'this', 'next', 'coming', 'previous', 'past']);

/**
 * A weekday, with an optional shift ("last Friday") and part of the day: "Friday night" is a TIME with
 * the part in its value (`…TNI`), as TimeML writes it.
 */
export const weekday: DateRule = {
  name: 'weekday',
  pattern: compile(`(?:(?<shift>${WEEKDAY_SHIFT_RE})\\s+)?(?<wd>${WEEKDAY_RE})(?:\\s+(?<part>${PART_OF_DAY_RE}))?`),
  priority: 7,
  confidence: 0.85,
  triggers: Trigger.weekday,
  accept: (m) => /^[A-Z]/.test(m.groups!.wd!),
  resolve(m, ctx) {
    const wd = WEEKDAYS[group(m, 'wd')]!;
    const part = PARTS_OF_DAY[group(m, 'part')];
    return dayResolution(weekdayDay(m, ctx), part, wd);
  },
};

/** The day a matched weekday names: a bare weekday goes by the clause's tense; "this Monday" is the coming one. */
function weekdayDay(m: RegExpExecArray, ctx: ResolveContext): Ymd | undefined {
  if (!ctx.ref) return undefined;
  const wd = WEEKDAYS[group(m, 'wd')]!;
  const shift = SHIFTS[group(m, 'shift')];
  if (shift === undefined || shift === 0) return dayOfWeekday(ctx.ref, wd, shift === 0 ? 'future' : ctx.tense);
  return dayOfShiftedWeekday(ctx.ref, wd, shift);
}

/** "the day before last Tuesday('s hearing)", "the day after Monday": one day off the weekday. */
export const dayNextToWeekday: DateRule = {
  name: 'day-next-to-weekday',
  pattern: compile(`the\\s+day\\s+(?<dir>before|after)\\s+(?:(?<shift>${WEEKDAY_SHIFT_RE})\\s+)?(?<wd>${WEEKDAY_RE})`),
  priority: 9,
  confidence: 0.8,
  triggers: Trigger.weekday,
  requires: /day\s+(?:before|after)/i,
  accept: (m) => /^[A-Z]/.test(m.groups!.wd!),
  resolve(m, ctx) {
    const day = weekdayDay(m, ctx);
    return dayResolution(day && addDays(day, group(m, 'dir') === 'before' ? -1 : 1), undefined);
  },
};

/** Shift words that count from the previous date in the text rather than from the reference date. */
const ANAPHORIC_SHIFTS = new Set(['following', 'preceding', 'same', 'that']);

/** "the following week", "that day", and "next"/"previous" after "the" ("the next day", but "next week"). */
function isAnaphoric(m: RegExpExecArray): boolean {
  const shift = group(m, 'shift');
  return ANAPHORIC_SHIFTS.has(shift) || (m.groups!.the !== undefined && (shift === 'next' || shift === 'previous'));
}
const PERIOD_UNITS = ['day', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century'];
const PERIOD_SHIFT_RE = alternation(['this past', 'this coming', 'last', 'this', 'next', 'past', 'previous', 'coming', 'current', 'following', 'preceding', 'same', 'that']);
/** "earlier this year" sits in the first part of the period, "later this month" in the last. */
const SUBPERIOD_MODS: Readonly<Record<string, string>> = { earlier: 'START', later: 'END' };

export const relativePeriod: DateRule = {
  name: 'relative-period',
  pattern: compile(
    `(?:(?<sub>earlier|later)\\s+(?:in\\s+)?)?(?<the>the\\s+)?(?<shift>${PERIOD_SHIFT_RE})\\s+(?<unit>${alternation(PERIOD_UNITS)})`,
  ),
  priority: 8,
  confidence: 0.85,
  triggers: Trigger.unit,
  // The shift word (after a space or at the match start) and unit the pattern ends with: unit words are in
  // most sentences, "last week" in few.
  requires: new RegExp(`\\b(?:${PERIOD_SHIFT_RE})\\s+(?:${alternation(PERIOD_UNITS)})`, 'i'),
  // "last day" / "this day" are not dates of their own; "the next day", "that day" and "the past day" are.
  accept: (m) => group(m, 'unit') !== 'day' || isAnaphoric(m) || (group(m, 'shift') === 'past' && m.groups!.the !== undefined),
  resolve(m, ctx) {
    const shiftWord = group(m, 'shift');
    const unit = group(m, 'unit') as CalendarUnit;
    const anaphoric = isAnaphoric(m);
    // "in the past day" is the last twenty-four hours, a length rather than yesterday.
    if (unit === 'day' && !anaphoric) return { timexType: 'DURATION', value: durationValue(1, 'day') };
    const from = anaphoric ? anaphoricBase(ctx, unit) : ctx.ref;
    const shift = SHIFTS[shiftWord] ?? 0;
    const value = from === undefined && anaphoric && shift === 0 && ctx.anchor ? withinAnchor(ctx.anchor, unit) : shiftPeriod(from, unit, shift);
    const resolution: Resolution = { timexType: 'DATE', value };
    const mod = SUBPERIOD_MODS[group(m, 'sub')];
    if (mod) resolution.mod = mod;
    return resolution;
  },
};

/**
 * "That same day" after a date coarser than a day ("last October … that same day") is a day of that
 * period: the value keeps what the period fixes and leaves the rest unknown (`1998-10-XX`).
 */
function withinAnchor(anchor: Anchor, unit: CalendarUnit): string {
  const placeholder = shiftPeriod(undefined, unit, 0);
  // Only a day value has a month slot (`YYYY-MM-XX`); a week within a month is written by its year alone.
  const known = anchor.unit === 'month' && unit === 'day' ? monthValue(anchor.day.y, anchor.day.m) : yearValue(anchor.day.y);
  return known + placeholder.slice(known.length);
}

/** Words after "the day" that tie it to an event rather than to the previous date ("the day after the vote"). */
const EVENT_LINKS = new Set(['before', 'after', 'of', 'when', 'that', 'which', 'to', 'in', 'on', 'for', 'he', 'she', 'they', 'it', 'we']);

/** "the day" of narration: the day the text is talking about, the previous date or the reference date. */
export const narratedDay: DateRule = {
  name: 'narrated-day',
  pattern: compile(`the\\s+day`),
  priority: 3,
  confidence: 0.6,
  triggers: Trigger.unit,
  // The pattern itself as a plain literal test, cheaper than the pattern with its word-boundary look-arounds.
  requires: /the\s+day/i,
  accept: (m) => !EVENT_LINKS.has(nextWord(m.input, m.index + m[0].length)),
  resolve: (_m, ctx) => dayResolution(anaphoricBase(ctx, 'day'), undefined),
};

/** "over the weekend": the last weekend in a past clause, the coming one in a future clause. */
export const narratedWeekend: DateRule = {
  name: 'narrated-weekend',
  pattern: compile(`the\\s+weekend`),
  priority: 3,
  confidence: 0.75,
  triggers: Trigger.unit,
  requires: /weekend/i,
  resolve(_m, ctx) {
    if (!ctx.ref) return { timexType: 'DATE', value: shiftPeriod(undefined, 'weekend', 0) };
    const inWeekend = isoWeekday(ctx.ref) >= 6;
    const weeks = ctx.tense === 'future' ? (inWeekend ? 1 : 0) : inWeekend ? 0 : -1;
    return { timexType: 'DATE', value: shiftPeriod(ctx.ref, 'weekend', weeks) };
  },
};

const MONTH_SHIFT_RE = alternation(['last', 'this past', 'this coming', 'this', 'next', 'coming', 'past']);

function monthOrSeason(word: string, year: number | undefined): Resolution | undefined {
  const season = SEASONS[key(word)];
  if (season) return { timexType: 'DATE', value: seasonValue(year, season) };
  const m = monthNumber(word);
  return m === undefined ? undefined : { timexType: 'DATE', value: monthValue(year, m) };
}

function shiftedMonthOrSeason(word: string, shift: number, ctx: ResolveContext): Resolution | undefined {
  const season = SEASONS[key(word)];
  if (!ctx.ref) return monthOrSeason(word, undefined);
  if (season) return monthOrSeason(word, yearOfSeason(ctx.ref, season, shift, ctx.tense));
  const m = monthNumber(word);
  return m === undefined ? undefined : monthOrSeason(word, yearOfShiftedMonth(ctx.ref, m, shift));
}

/** "last March", "next spring", "this summer"; "last Oct. 23" is a day, left to the written-date rule. */
export const shiftedMonth: DateRule = {
  name: 'shifted-month',
  pattern: compile(`(?<shift>${MONTH_SHIFT_RE})\\s+(?<name>${MONTH_RE}|${SEASON_RE})(?!\\.?\\s*\\d)`),
  priority: 9,
  confidence: 0.85,
  triggers: Trigger.month | Trigger.season,
  // The pattern's opening shift word (starting a word, as the match must): month names are in many
  // sentences, "last March" in few.
  requires: new RegExp(`\\b(?:${MONTH_SHIFT_RE})\\s`, 'i'),
  accept: (m) => SEASONS[key(m.groups!.name!)] !== undefined || monthNumber(m.groups!.name!) !== undefined,
  resolve: (m, ctx) => shiftedMonthOrSeason(m.groups!.name!, SHIFTS[group(m, 'shift')] ?? 0, ctx),
};

/** "January last year", "in the winter of this year", "March of next year". */
export const monthOfRelativeYear: DateRule = {
  name: 'month-of-relative-year',
  pattern: compile(`(?:the\\s+)?(?<name>${MONTH_RE}|${SEASON_RE})\\s+(?:of\\s+)?(?<shift>last|this|next|the\\s+following|the\\s+previous)\\s+year`),
  priority: 10,
  confidence: 0.9,
  triggers: Trigger.month | Trigger.season,
  requires: /year/i,
  accept: (m) => SEASONS[key(m.groups!.name!)] !== undefined || monthNumber(m.groups!.name!) !== undefined,
  resolve(m, ctx) {
    const shiftWord = group(m, 'shift').replace(/^the /, '');
    const from = shiftWord === 'following' || shiftWord === 'previous' ? anaphoricBase(ctx, 'year') : ctx.ref;
    return monthOrSeason(m.groups!.name!, from ? from.y + (SHIFTS[shiftWord] ?? 0) : undefined);
  },
};

/** Units an "ago" expression can be placed at; hours and minutes stay durations. */
const AGO_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'quarter', 'year', 'decade', 'century']);
/** Direction words: deictic ones count from the reference date, the others from the previous date. */
const DIRECTIONS: Readonly<Record<string, { sign: number; deictic: boolean }>> = {
  ago: { sign: -1, deictic: true },
  'from now': { sign: 1, deictic: true },
  earlier: { sign: -1, deictic: false },
  before: { sign: -1, deictic: false },
  later: { sign: 1, deictic: false },
  after: { sign: 1, deictic: false },
  afterwards: { sign: 1, deictic: false },
};

/**
 * "two days later" counts from the previous date; "a year ago" from the reference date, except that a
 * whole number of years away from a quarter under discussion is that quarter ("the third quarter … a year
 * earlier").
 */
function offsetValue(ctx: ResolveContext, unit: CalendarUnit, n: number, deictic: boolean): string {
  if (unit === 'year' && ctx.anchor?.unit === 'quarter') return shiftPeriod(ctx.anchor.day, 'quarter', 4 * n);
  // "a decade ago" is the year ten years back, not the previous decade.
  const [as, count] = unit === 'decade' ? (['year', 10 * n] as const) : unit === 'century' ? (['year', 100 * n] as const) : [unit, n];
  return shiftPeriod(deictic ? ctx.ref : anaphoricBase(ctx, as), as, count);
}

export const offsetDate: DateRule = {
  name: 'offset-date',
  pattern: compile(
    `(?:(?<mod>${alternation(Object.keys(DURATION_MODS))})\\s+)?(?<n>${COUNT_RE})\\s+(?<unit>${UNIT_RE})\\s+(?<dir>${alternation(Object.keys(DIRECTIONS))})`,
  ),
  priority: 9,
  confidence: 0.85,
  triggers: Trigger.unit,
  // The unit (after a space) and direction words the pattern ends with ("days ago"), rarer than unit
  // words alone.
  requires: new RegExp(`\\b(?:${UNIT_RE})\\s+(?:${alternation(Object.keys(DIRECTIONS))})`, 'i'),
  accept(m) {
    const unit = UNITS[group(m, 'unit')];
    // "two days before the vote" counts from the vote, which is not a date in the text.
    const dir = group(m, 'dir');
    if ((dir === 'before' || dir === 'after') && /^\s+\w/.test(m.input.slice(m.index + m[0].length))) return false;
    return unit !== undefined && AGO_UNITS.has(unit);
  },
  resolve(m, ctx) {
    const unit = UNITS[group(m, 'unit')] as CalendarUnit;
    const n = parseCount(m.groups!.n!);
    const dir = DIRECTIONS[group(m, 'dir')]!;
    const resolution: Resolution =
      n === undefined || !Number.isInteger(n)
        ? { timexType: 'DATE', value: dir.sign < 0 ? 'PAST_REF' : 'FUTURE_REF' }
        : { timexType: 'DATE', value: offsetValue(ctx, unit, dir.sign * n, dir.deictic) };
    // "about two years ago" is a fuzzy point; "more than two years ago" says nothing more precise about it.
    if (DURATION_MODS[group(m, 'mod')] === 'APPROX') resolution.mod = 'APPROX';
    return resolution;
  },
};

/** A bare season ("in the summer", "winter 2024"); "fall" must look like the season, not the verb. */
export const season: DateRule = {
  name: 'season',
  pattern: compile(`(?:the\\s+)?(?<season>${SEASON_RE})(?:\\s+(?:of\\s+)?(?:(?<y>(?:1[5-9]|20)\\d\\d)(?!\\d)|${CENTURY_YEAR_RE}))?`),
  priority: 7,
  confidence: 0.8,
  triggers: Trigger.season,
  accept(m) {
    if (m.groups!.y || m.groups!.cent || m[0].toLowerCase().startsWith('the')) return true;
    const before = m.input.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
    return /\b(?:in|during|by|until|since|through|early|late|mid|this|last|next)[\s-]+$/.test(before);
  },
  resolve(m, ctx) {
    const code = SEASONS[group(m, 'season')]!;
    const written = m.groups!.y ? Number(m.groups!.y) : centuryYearOf(m);
    if (written !== undefined) return { timexType: 'DATE', value: seasonValue(written, code) };
    const year = ctx.ref ? yearOfSeason(ctx.ref, code, undefined, ctx.tense) : undefined;
    return { timexType: 'DATE', value: seasonValue(year, code), inferredYear: true };
  },
};

export const relativeRules: readonly DateRule[] = [relativeDay, weekday, dayNextToWeekday, relativePeriod, narratedDay, narratedWeekend, shiftedMonth, monthOfRelativeYear, offsetDate, season];
