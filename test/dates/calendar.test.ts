import { describe, expect, it } from 'vitest';
import { addDays, isoWeek, isoWeekday, parseIsoDate } from '../../src/dates/calendar.js';
import { durationValue, shiftPeriod } from '../../src/dates/timex.js';
import { yearOfSeason } from '../../src/dates/anchoring.js';

describe('calendar arithmetic', () => {
  it('reads only real ISO dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('14/11/2025')).toBeUndefined();
  });

  it('numbers ISO weeks across year boundaries', () => {
    expect(isoWeek({ y: 2021, m: 1, d: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ y: 2024, m: 12, d: 30 })).toEqual({ year: 2025, week: 1 });
    expect(isoWeek({ y: 2025, m: 11, d: 14 })).toEqual({ year: 2025, week: 46 });
  });

  it('counts weekdays and days', () => {
    expect(isoWeekday({ y: 2025, m: 11, d: 16 })).toBe(7);
    expect(addDays({ y: 2024, m: 2, d: 28 }, 2)).toEqual({ y: 2024, m: 3, d: 1 });
  });
});

describe('TIMEX3 values', () => {
  const ref = { y: 2025, m: 1, d: 10 };
  it('shifts calendar periods at their own granularity', () => {
    expect(shiftPeriod(ref, 'month', -1)).toBe('2024-12');
    expect(shiftPeriod(ref, 'quarter', -1)).toBe('2024-Q4');
    expect(shiftPeriod(ref, 'week', 0)).toBe('2025-W02');
    expect(shiftPeriod(ref, 'weekend', -1)).toBe('2025-W01-WE');
    expect(shiftPeriod(ref, 'decade', 0)).toBe('202');
  });

  it('keeps placeholders without an anchor', () => {
    expect(shiftPeriod(undefined, 'week', -1)).toBe('XXXX-WXX');
    expect(shiftPeriod(undefined, 'day', 1)).toBe('XXXX-XX-XX');
  });

  it('writes durations with time units after T', () => {
    expect(durationValue(48, 'hour')).toBe('PT48H');
    expect(durationValue(3, 'year')).toBe('P3Y');
    expect(durationValue(undefined, 'week')).toBe('PXW');
    expect(durationValue(2, 'decade')).toBe('P20Y');
    expect(durationValue(2.5, 'year')).toBe('P2Y6M');
    expect(durationValue(5.5, 'hour')).toBe('PT5H30M');
    expect(durationValue(1.5, 'day')).toBe('P1DT12H');
    expect(durationValue(0.5, 'hour')).toBe('PT30M');
  });

  it('places winter across the turn of the year', () => {
    // In January 2025 "last winter" is the one that began in December 2023; "this winter" the current one.
    expect(yearOfSeason(ref, 'WI', -1, 'unknown')).toBe(2023);
    expect(yearOfSeason(ref, 'WI', 0, 'unknown')).toBe(2024);
    expect(yearOfSeason({ y: 2025, m: 11, d: 14 }, 'SU', undefined, 'past')).toBe(2025);
    expect(yearOfSeason({ y: 2025, m: 11, d: 14 }, 'SU', undefined, 'future')).toBe(2026);
  });
});
