import { addDays, type Ymd } from '../calendar.js';
import { yearOfMonthDayIn } from '../anchoring.js';
import { alternation, key } from '../lexicon.js';
import { compile, type DateRule } from '../rule.js';
import { dayValue, weekValue } from '../timex.js';
import { Trigger } from '../triggers.js';

/**
 * Days and weeks dated by Easter, which moves every year: "Easter", "Good Friday", "Orthodox Easter",
 * "Easter week" (Holy Week, the ISO week that ends on Easter Sunday).
 */

interface EasterDay {
  /** Days from Easter Sunday. */
  offset: number;
  orthodox?: boolean;
  week?: boolean;
}

const EASTER_DAYS: Readonly<Record<string, EasterDay>> = {
  easter: { offset: 0 },
  'easter sunday': { offset: 0 },
  'easter monday': { offset: 1 },
  'good friday': { offset: -2 },
  'palm sunday': { offset: -7 },
  'orthodox easter': { offset: 0, orthodox: true },
  'easter week': { offset: 0, week: true },
  'holy week': { offset: 0, week: true },
};

/** Western Easter Sunday of year `y` (the anonymous Gregorian computus). */
function westernEaster(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Orthodox Easter Sunday of year `y` (Julian computus, moved to the Gregorian calendar: 13 days in 1900–2099). */
function orthodoxEaster(y: number): Ymd {
  const a = y % 4;
  const b = y % 7;
  const c = y % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const julian = { y, m: month, d: ((d + e + 114) % 31) + 1 };
  return addDays(julian, Math.floor(y / 100) - Math.floor(y / 400) - 2);
}

function dayOf(e: EasterDay, y: number): Ymd {
  return addDays(e.orthodox ? orthodoxEaster(y) : westernEaster(y), e.offset);
}

export const easterDay: DateRule = {
  name: 'easter',
  pattern: compile(`(?<name>${alternation(Object.keys(EASTER_DAYS))})(?:\\s+(?<y>(?:1[5-9]|20)\\d\\d)(?!\\d))?`),
  priority: 10,
  confidence: 0.85,
  triggers: Trigger.holiday,
  requires: /easter|good\s+friday|palm\s+sunday|holy\s+week/i,
  // Capitalized, as feast names are: "easter" alone is the direction ("easter winds").
  accept: (m) => /^[A-Z]/.test(m.groups!.name!),
  resolve(m, ctx) {
    const e = EASTER_DAYS[key(m.groups!.name!)]!;
    const written = m.groups!.y ? Number(m.groups!.y) : undefined;
    // The feast is placed on the reference year first, then re-dated in the year chosen.
    let year = written;
    if (year === undefined && ctx.ref) {
      const thisYear = dayOf(e, ctx.ref.y);
      year = yearOfMonthDayIn(ctx.ref, thisYear.m, thisYear.d, ctx);
    }
    if (year === undefined) return { timexType: 'DATE', value: e.week ? weekValue(undefined) : 'XXXX-XX-XX' };
    const day = dayOf(e, year);
    return { timexType: 'DATE', value: e.week ? weekValue(day) : dayValue(day), inferredYear: written === undefined };
  },
};
