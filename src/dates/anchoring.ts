import { dayNumber, isoWeekday, addDays, isValidDate, type Ymd } from './calendar.js';
import { SEASON_START_MONTH } from './lexicon.js';
import type { Anchor, ResolveContext, Tense } from './rule.js';
import type { CalendarUnit } from './timex.js';

/**
 * How news text places a date that omits its year (or week): the occurrence nearest the reference date,
 * leaning to the past, which is what reporting mostly narrates, unless the clause is about the future.
 */

/**
 * Occurrences on the side the tense points to cost their distance, the others that many times it: a past
 * clause can still name next week's summit, and a future one yesterday's date. Without a tense cue the
 * past is still likelier, as reporting mostly narrates what happened.
 */
const WRONG_SIDE_PENALTY: Readonly<Record<Tense, number>> = { past: 5, future: 3, unknown: 2 };

function pickNearest<T extends NonNullable<unknown>>(options: readonly T[], distance: (o: T) => number, tense: Tense): T {
  let best = options[0]!;
  let bestCost = Infinity;
  const penalty = WRONG_SIDE_PENALTY[tense];
  for (const o of options) {
    const d = distance(o);
    const cost = tense === 'future' ? (d >= 0 ? d : -penalty * d) : d <= 0 ? -d : penalty * d;
    if (cost < bestCost) [best, bestCost] = [o, cost];
  }
  return best;
}

/** Distances and years of the (up to three) options the ...In functions below choose among; reused, never shared across calls. */
const distances = new Float64Array(3);
const optionYears = new Int32Array(3);

/** The index pickNearest would return for options with `distances[0, count)` under `tense`. */
function nearestIndex(count: number, tense: Tense): number {
  let best = 0;
  let bestCost = Infinity;
  const penalty = WRONG_SIDE_PENALTY[tense];
  for (let k = 0; k < count; k++) {
    const d = distances[k]!;
    const cost = tense === 'future' ? (d >= 0 ? d : -penalty * d) : d <= 0 ? -d : penalty * d;
    if (cost < bestCost) [best, bestCost] = [k, cost];
  }
  return best;
}

/**
 * nearestIndex for the clause's tense, reading the tense (`ctx.tense`: a scan of the clause with TENSE_CUE)
 * only when the three tenses pick differently. Most dates without a year name a day near the reference date,
 * whose nearest occurrence is the same in every tense ("Oct. 15" in a report of Oct. 20): on the bench corpus
 * 5,344 of 6,642 such dates per two passes, 60% of the clause scans the stage made.
 */
function nearestIndexIn(count: number, ctx: Pick<ResolveContext, 'tense'>): number {
  const past = nearestIndex(count, 'past');
  if (nearestIndex(count, 'future') === past && nearestIndex(count, 'unknown') === past) return past;
  return nearestIndex(count, ctx.tense);
}

/** yearOfMonthDay(ref, m, d, ctx.tense), reading the tense only when it matters (see nearestIndexIn). */
export function yearOfMonthDayIn(ref: Ymd, m: number, d: number, ctx: Pick<ResolveContext, 'tense'>): number {
  const refDay = dayNumber(ref);
  let count = 0;
  for (let y = ref.y - 1; y <= ref.y + 1; y++) {
    if (!isValidDate(y, m, d)) continue;
    optionYears[count] = y;
    distances[count++] = dayNumber({ y, m, d }) - refDay;
  }
  return count === 0 ? ref.y : optionYears[nearestIndexIn(count, ctx)]!;
}

/** yearOfMonth(ref, m, ctx.tense), reading the tense only when it matters (see nearestIndexIn). */
export function yearOfMonthIn(ref: Ymd, m: number, ctx: Pick<ResolveContext, 'tense'>): number {
  for (let k = 0; k < 3; k++) distances[k] = (k - 1) * 12 + m - ref.m;
  return ref.y - 1 + nearestIndexIn(3, ctx);
}

/** Year of a month-and-day with no year ("Oct. 15"). */
export function yearOfMonthDay(ref: Ymd, m: number, d: number, tense: Tense): number {
  const years = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDate(y, m, d));
  if (years.length === 0) return ref.y;
  const refDay = dayNumber(ref);
  return pickNearest(years, (y) => dayNumber({ y, m, d }) - refDay, tense);
}

/** Year of a bare month ("in August"). */
export function yearOfMonth(ref: Ymd, m: number, tense: Tense): number {
  return pickNearest([ref.y - 1, ref.y, ref.y + 1], (y) => (y - ref.y) * 12 + m - ref.m, tense);
}

/** The day of a bare weekday ("on Monday"): the past seven days including today, or the coming seven. */
export function dayOfWeekday(ref: Ymd, weekday: number, tense: Tense): Ymd {
  const today = isoWeekday(ref);
  return tense === 'future' ? addDays(ref, (weekday - today + 7) % 7) : addDays(ref, -((today - weekday + 7) % 7));
}

/** "last Monday" / "next Monday": strictly before or after the reference day, within a week. */
export function dayOfShiftedWeekday(ref: Ymd, weekday: number, shift: number): Ymd {
  const today = isoWeekday(ref);
  if (shift < 0) return addDays(ref, -((today - weekday + 7) % 7 || 7));
  return addDays(ref, (weekday - today + 7) % 7 || 7);
}

/** Year of the month that "last March" / "next March" / "this March" names. */
export function yearOfShiftedMonth(ref: Ymd, m: number, shift: number): number {
  if (shift < 0) return m < ref.m ? ref.y : ref.y - 1;
  if (shift > 0) return m > ref.m ? ref.y : ref.y + 1;
  return ref.y;
}

/** Season instances are counted as year * 4 + position, winter last because it starts in December. */
const SEASON_ORDER: readonly string[] = ['SP', 'SU', 'FA', 'WI'];

function currentSeason(ref: Ymd): number {
  if (ref.m <= 2) return (ref.y - 1) * 4 + 3;
  const code = SEASON_ORDER.find((s, i) => ref.m >= SEASON_START_MONTH[s]! && (i === 3 || ref.m < SEASON_START_MONTH[SEASON_ORDER[i + 1]!]!));
  return ref.y * 4 + SEASON_ORDER.indexOf(code ?? 'WI');
}

/**
 * Year of a season: `shift` -1 "last winter", +1 "next spring", 0 "this summer", undefined for a bare
 * season (nearest by tense). Winter Y is the one that starts in December Y.
 */
export function yearOfSeason(ref: Ymd, season: string, shift: number | undefined, tense: Tense): number {
  const position = SEASON_ORDER.indexOf(season);
  const now = currentSeason(ref);
  if (shift === 0) return ref.m <= 2 && season === 'WI' ? ref.y - 1 : ref.y;
  const before = Math.floor((now - 1 - position) / 4) * 4 + position;
  const after = Math.ceil((now + 1 - position) / 4) * 4 + position;
  if (shift !== undefined) return Math.floor((shift < 0 ? before : after) / 4);
  if (now % 4 === position) return Math.floor(now / 4);
  return Math.floor((tense === 'future' ? after : before) / 4);
}

const CONCRETE_VALUE = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?(?:T|$)/;

/** The anchor a resolved value gives: `2025-10-15` a day, `2025-10` a month, `2025-Q3` a quarter, `2025` a year. */
export function anchorOfValue(value: string): Anchor | undefined {
  const m = CONCRETE_VALUE.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[4]) return { day: { y, m: 3 * Number(m[4]) - 2, d: 1 }, unit: 'quarter' };
  if (m[3]) return { day: { y, m: Number(m[2]), d: Number(m[3]) }, unit: 'day' };
  if (m[2]) return { day: { y, m: Number(m[2]), d: 1 }, unit: 'month' };
  return { day: { y, m: 1, d: 1 }, unit: 'year' };
}

const UNIT_RANK: Readonly<Record<CalendarUnit, number>> = {
  day: 0, week: 1, weekend: 1, month: 2, quarter: 3, half: 4, year: 5, decade: 6, century: 7,
};

/**
 * What "the next <unit>" or "two <units> later" counts from: the previous date in the text, or the
 * reference date when the text gave none. A previous date coarser than the unit ("in 2014 … the next
 * day") cannot place it: undefined, and the value keeps its placeholders.
 */
export function anaphoricBase(ctx: ResolveContext, unit: CalendarUnit): Ymd | undefined {
  if (!ctx.anchor) return ctx.ref;
  return UNIT_RANK[unit] >= UNIT_RANK[ctx.anchor.unit] ? ctx.anchor.day : undefined;
}
