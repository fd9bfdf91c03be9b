import { addDays, addMonths, isoWeek, isoWeekday, quarterOf, type Ymd } from './calendar.js';

/**
 * TIMEX3 value writers. Every writer takes an optional anchor: without one (no reference date) the value
 * keeps TIMEX3 `X` placeholders for what the text does not say, instead of guessing from a clock.
 */

export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
export type DurationUnit = CalendarUnit | 'season' | 'hour' | 'minute' | 'second';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const yearValue = (y: number | undefined): string => (y === undefined ? 'XXXX' : pad(y, 4));
export const monthValue = (y: number | undefined, m: number): string => `${yearValue(y)}-${pad(m)}`;
export const dayValue = (t: Ymd): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const partialDayValue = (y: number | undefined, m: number, d: number): string => `${monthValue(y, m)}-${pad(d)}`;
export const weekValue = (t: Ymd | undefined): string => {
  if (!t) return 'XXXX-WXX';
  const w = isoWeek(t);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
};
export const quarterValue = (y: number | undefined, q: number): string => `${yearValue(y)}-Q${q}`;
export const halfValue = (y: number | undefined, h: number): string => `${yearValue(y)}-H${h}`;
export const seasonValue = (y: number | undefined, season: string): string => `${yearValue(y)}-${season}`;
/** "the 1990s" → `199`. */
export const decadeValue = (firstYear: number): string => String(Math.floor(firstYear / 10));
/** "the 20th century" → `19`. */
export const centuryValue = (ordinal: number): string => pad(ordinal - 1);

/** The placeholder of each calendar unit when there is no anchor. */
const UNRESOLVED: Readonly<Record<CalendarUnit, string>> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  weekend: 'XXXX-WXX-WE',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  half: 'XXXX-HX',
  year: 'XXXX',
  decade: 'XXX',
  century: 'XX',
};

/**
 * The calendar period `n` units away from the one containing `anchor`, written at that unit's
 * granularity: ("week", -1) is last week → `2025-W45`; ("year", 0) is this year → `2025`.
 */
export function shiftPeriod(anchor: Ymd | undefined, unit: CalendarUnit, n: number): string {
  if (!anchor) return UNRESOLVED[unit];
  switch (unit) {
    case 'day':
      return dayValue(addDays(anchor, n));
    case 'week':
      return weekValue(addDays(anchor, 7 * n));
    case 'weekend':
      return `${weekValue(addDays(anchor, 7 * n))}-WE`;
    case 'month': {
      const t = addMonths(anchor.y, anchor.m, n);
      return monthValue(t.y, t.m);
    }
    case 'quarter': {
      const t = addMonths(anchor.y, anchor.m, 3 * n);
      return quarterValue(t.y, quarterOf(t.m));
    }
    case 'half': {
      const t = addMonths(anchor.y, anchor.m, 6 * n);
      return halfValue(t.y, t.m <= 6 ? 1 : 2);
    }
    case 'year':
      return yearValue(anchor.y + n);
    case 'decade':
      return decadeValue(anchor.y + 10 * n);
    case 'century':
      return centuryValue(Math.floor((anchor.y + 100 * n) / 100) + 1);
  }
}

/** The weekday (1 = Monday) of the week `weeks` away from the anchor's week. */
export function weekdayInWeek(anchor: Ymd, weekday: number, weeks: number): Ymd {
  return addDays(anchor, weekday - isoWeekday(anchor) + 7 * weeks);
}

/** TIMEX3 duration: (3, "year") → `P3Y`, (48, "hour") → `PT48H`, (undefined, "week") → `PXW`. */
export function durationValue(n: number | undefined, unit: DurationUnit): string {
  const split = n !== undefined && !Number.isInteger(n) ? FRACTION_SPLIT[unit] : undefined;
  if (split) return joinDurations(Math.floor(n!), unit, Math.round((n! % 1) * split.per), split.unit);
  const count = n === undefined ? 'X' : formatCount(n);
  switch (unit) {
    case 'hour':
      return `PT${count}H`;
    case 'minute':
      return `PT${count}M`;
    case 'second':
      return `PT${count}S`;
    case 'day':
      return `P${count}D`;
    case 'week':
      return `P${count}W`;
    case 'weekend':
      return n === undefined ? 'PXD' : `P${formatCount(2 * n)}D`;
    case 'month':
      return `P${count}M`;
    case 'quarter':
      return `P${count}Q`;
    case 'half':
      return n === undefined ? 'PXM' : `P${formatCount(6 * n)}M`;
    case 'season':
      return n === undefined ? 'PXM' : `P${formatCount(3 * n)}M`;
    case 'year':
      return `P${count}Y`;
    case 'decade':
      return n === undefined ? 'PXDE' : `P${formatCount(10 * n)}Y`;
    case 'century':
      return n === undefined ? 'PXCE' : `P${formatCount(100 * n)}Y`;
  }
}

/** Where the fraction of a unit goes, as TIMEX3 writes it: 2.5 years → P2Y6M, 5.5 hours → PT5H30M. */
const FRACTION_SPLIT: Partial<Record<DurationUnit, { per: number; unit: DurationUnit }>> = {
  year: { per: 12, unit: 'month' },
  day: { per: 24, unit: 'hour' },
  hour: { per: 60, unit: 'minute' },
  minute: { per: 60, unit: 'second' },
};

function joinDurations(whole: number, unit: DurationUnit, rest: number, restUnit: DurationUnit): string {
  const tail = durationValue(rest, restUnit).slice(1);
  if (whole === 0) return `P${tail}`;
  const head = durationValue(whole, unit);
  return head.includes('T') && tail.startsWith('T') ? head + tail.slice(1) : head + tail;
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
