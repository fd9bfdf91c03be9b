/**
 * Proleptic Gregorian calendar arithmetic on plain year/month/day triples. Everything goes through a day
 * number (days since 1970-01-01, UTC) so no time zone or clock is ever involved.
 */

export interface Ymd {
  y: number;
  /** 1–12 */
  m: number;
  /** 1–31 */
  d: number;
}

const MS_PER_DAY = 86_400_000;

/** Reads `YYYY-MM-DD` (anything after the day, like a time, is ignored); undefined when it is not a real date. */
export function parseIsoDate(s: string | undefined): Ymd | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(ymd.y, ymd.m, ymd.d) ? ymd : undefined;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Runs for every candidate date; a Date object per call showed in profiles. */
export function daysInMonth(y: number, m: number): number {
  if (Number.isInteger(y) && y >= 100 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12) {
    return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!;
  }
  // Date.UTC reads years 0–99 as 1900–1999 and rolls other months over: kept as it was outside the
  // common range, so no value changes.
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function dayNumber(t: Ymd): number {
  return Math.round(Date.UTC(t.y, t.m - 1, t.d) / MS_PER_DAY);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(t) + days);
}

/** Month arithmetic on (year, month), ignoring the day. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(t: Ymd): number {
  const wd = new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week (the week with the year's first Thursday is week 1). */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

/** Calendar quarter 1–4 of a month. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}
