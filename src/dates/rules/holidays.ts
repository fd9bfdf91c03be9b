import { addDays, isoWeekday } from '../calendar.js';
import { yearOfMonthDayIn } from '../anchoring.js';
import { alternation, key } from '../lexicon.js';
import { compile, type DateRule } from '../rule.js';
import { partialDayValue } from '../timex.js';
import { Trigger } from '../triggers.js';
import { easterDay } from './easter.js';

/** Named days that news dates events by. A holiday is a fixed month-day, or the nth weekday of a month. */
interface Holiday {
  month: number;
  day?: number;
  /** For movable holidays: ISO weekday and which one in the month (4 = fourth). */
  weekday?: number;
  nth?: number;
}

const HOLIDAYS: Readonly<Record<string, Holiday>> = {
  christmas: { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'christmas eve': { month: 12, day: 24 },
  'orthodox christmas': { month: 1, day: 7 },
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  'victory day': { month: 5, day: 9 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
};

function dayOfHoliday(h: Holiday, y: number): number {
  if (h.day !== undefined) return h.day;
  const first = { y, m: h.month, d: 1 };
  return addDays(first, ((h.weekday! - isoWeekday(first) + 7) % 7) + 7 * (h.nth! - 1)).d;
}

export const holiday: DateRule = {
  name: 'holiday',
  pattern: compile(`(?<name>${alternation(Object.keys(HOLIDAYS)).replace(/'/g, "['’]")})(?:\\s+(?<y>(?:1[5-9]|20)\\d\\d)(?!\\d))?`),
  priority: 9,
  confidence: 0.85,
  triggers: Trigger.holiday | Trigger.unit,
  // Each name holds one of these; the unit trigger ("New Year's Day") also fires on every "day" and "year".
  requires: /christmas|thanksgiving|victory\s+day|new\s+year/i,
  accept: (m) => /^[A-Z]/.test(m.groups!.name!),
  resolve(m, ctx) {
    const h = HOLIDAYS[key(m.groups!.name!).replace(/’/g, "'")]!;
    const written = m.groups!.y ? Number(m.groups!.y) : undefined;
    // Movable holidays are placed on the reference year first, then re-dated in the year chosen.
    const year = written ?? (ctx.ref ? yearOfMonthDayIn(ctx.ref, h.month, dayOfHoliday(h, ctx.ref.y), ctx) : undefined);
    if (year === undefined) return { timexType: 'DATE', value: h.day ? partialDayValue(undefined, h.month, h.day) : `XXXX-${String(h.month).padStart(2, '0')}-XX` };
    return { timexType: 'DATE', value: partialDayValue(year, h.month, dayOfHoliday(h, year)), inferredYear: written === undefined };
  },
};

export const holidayRules: readonly DateRule[] = [holiday, easterDay];
