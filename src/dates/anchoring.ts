import { dayNumber, isoWeekday, addDays, isValidDate, type Ymd } from './calendar.js';
import { SEASON_START_MONTH } from './lexicon.js';

/**
 * How news text places a date that omits its year (or week): the occurrence nearest the reference date,
 * leaning to the past, which is what reporting mostly narrates, unless the clause is about the future.
 */

/** Past occurrences cost their distance; future ones twice that, so a tie or near-tie goes to the past. */
const FUTURE_PENALTY = 2;

function pickNearest<T>(options: readonly T[], distance: (o: T) => number, future: boolean): T {
  let best = options[0]!;
  let bestCost = Infinity;
  for (const o of options) {
    const d = distance(o);
    const cost = future ? (d >= 0 ? d : Infinity) : d <= 0 ? -d : FUTURE_PENALTY * d;
    if (cost < bestCost) [best, bestCost] = [o, cost];
  }
  return best;
}

/** Year of a month-and-day with no year ("Oct. 15"). */
export function yearOfMonthDay(ref: Ymd, m: number, d: number, future: boolean): number {
  const years = [ref.y - 1, ref.y, ref.y + 1].filter((y) => isValidDate(y, m, d));
  if (years.length === 0) return ref.y;
  const refDay = dayNumber(ref);
  return pickNearest(years, (y) => dayNumber({ y, m, d }) - refDay, future);
}

/** Year of a bare month ("in August"). */
export function yearOfMonth(ref: Ymd, m: number, future: boolean): number {
  return pickNearest([ref.y - 1, ref.y, ref.y + 1], (y) => (y - ref.y) * 12 + m - ref.m, future);
}

/** The day of a bare weekday ("on Monday"): the past seven days including today, or the coming seven. */
export function dayOfWeekday(ref: Ymd, weekday: number, future: boolean): Ymd {
  const today = isoWeekday(ref);
  return future ? addDays(ref, (weekday - today + 7) % 7) : addDays(ref, -((today - weekday + 7) % 7));
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
export function yearOfSeason(ref: Ymd, season: string, shift: number | undefined, future: boolean): number {
  const position = SEASON_ORDER.indexOf(season);
  const now = currentSeason(ref);
  if (shift === 0) return ref.m <= 2 && season === 'WI' ? ref.y - 1 : ref.y;
  const before = Math.floor((now - 1 - position) / 4) * 4 + position;
  const after = Math.ceil((now + 1 - position) / 4) * 4 + position;
  if (shift !== undefined) return Math.floor((shift < 0 ? before : after) / 4);
  if (now % 4 === position) return Math.floor(now / 4);
  return Math.floor((future ? after : before) / 4);
}
