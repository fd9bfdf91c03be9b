import { createRequire } from 'node:module';
import type * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Ymd } from './calendar.js';
import { yearOfMonth, yearOfMonthDay } from './anchoring.js';
import type { Resolution } from './rule.js';
import { monthValue, weekValue, yearValue } from './timex.js';

/**
 * chrono-node where it is strong: clock times in English, and whole date grammars for the other languages
 * it has a locale for. Its results are turned into TIMEX3 values here, at the granularity the text gives
 * (chrono itself always answers with an instant, so "last week" would become a single day).
 */

interface ChronoParser {
  parse(text: string, ref?: chrono.ParsingReference | Date): ParsedResult[];
}

/** The languages chrono has a locale for (its package exports each as `chrono-node/<lang>`). */
const LOCALES: ReadonlySet<string> = new Set(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'sv', 'fi', 'ja', 'zh', 'vi', 'id', 'ar']);

const parsers = new Map<string, ChronoParser | undefined>();
const requireChrono = createRequire(import.meta.url);

/**
 * The casual parser of a language's chrono locale, if chrono has one. Each locale is loaded when first asked
 * for, from chrono's CommonJS build: its main module loads all sixteen locales through Node's ES module loader
 * (266 modules), which cost 160–310 ms of every process's start-up for the English one most texts need alone
 * (`chrono-node/en` by `require`: 26–80 ms; measured 2026-12-06, load ~2). Both builds are compiled from the
 * same sources.
 */
export function chronoParser(lang: string): ChronoParser | undefined {
  if (!LOCALES.has(lang)) return undefined;
  if (parsers.has(lang)) return parsers.get(lang);
  const casual = (requireChrono(`chrono-node/${lang}`) as { casual?: ChronoParser }).casual;
  const parser = typeof casual?.parse === 'function' ? casual : undefined;
  parsers.set(lang, parser);
  return parser;
}

/** Words for "week", "month" and "year" in chrono's languages: an expression naming one is that period. */
const PERIOD_WORDS: ReadonlyArray<[RegExp, 'week' | 'month' | 'year']> = [
  [/(?:week|semaine|woche|semana|settimana|vecka|viikko|tuần|minggu|недел|тижн|週|周)/iu, 'week'],
  [/(?:month|mois|monat|mes|mese|maand|månad|kuukau|tháng|bulan|месяц|місяц|月)/iu, 'month'],
  [/(?:year|année|\ban(?:s|nées?)?\b|jahr|año|anno|jaar|år|vuosi|năm|tahun|год|рік|年)/iu, 'year'],
];

/**
 * Words that point a counted period into the past or future ("il y a trois ans", "dans trois jours",
 * "la semaine dernière", "vor drei Tagen", "hace tres días"). chrono also reads a bare length ("un mandat
 * de trois ans", "pendant deux semaines") as a date; without one of these words it is a duration, not a date.
 */
const DIRECTION_WORDS =
  /(?:dans|il y a|plus tard|auparavant|avant|après|derni|prochain|pass[ée]|vor\b|nach\b|\bin\b|letzt|nächst|vergangen|hace|dentro|pasad|próxim|\bfa\b|\btra\b|\bfra\b|scors|prossim|geleden|vorige|volgend|atrás|daqui|passad|назад|через|прошл|следующ|тому|наступн|минул|ago|later|next|last)/iu;

/** A reference instant for chrono: noon UTC of the reference day, so no time zone can move the date. */
export function chronoReference(ref: Ymd | undefined): chrono.ParsingReference {
  const day = ref ?? { y: 2000, m: 1, d: 1 };
  return { instant: new Date(Date.UTC(day.y, day.m - 1, day.d, 12)), timezone: 0 };
}

const pad = (n: number | null, width = 2): string => String(n ?? 0).padStart(width, '0');

/**
 * TIMEX3 value of a chrono result. Without a reference date, what chrono only implied from the dummy
 * reference is written as `X`. `periodWords` off gives chrono's plain reading (the baseline to beat).
 */
export function chronoResolution(result: ParsedResult, ref: Ymd | undefined, periodWords = true): Resolution | undefined {
  const c: ParsedComponents = result.start;
  const hasRef = ref !== undefined;
  const periodOf = (text: string): 'week' | 'month' | 'year' | undefined =>
    periodWords ? PERIOD_WORDS.find(([re]) => re.test(text))?.[1] : undefined;
  const period = periodOf(result.text);
  const known = (k: 'year' | 'month' | 'day'): boolean => hasRef || c.isCertain(k);
  const relativeCount = result.tags().has('result/relativeDate');
  if (periodWords && relativeCount && !DIRECTION_WORDS.test(result.text)) return undefined;
  const relative = relativeCount || c.isCertain('weekday');
  // A month and day without a year ("le 3 mars") take the year the English rules would give them.
  const placedYear =
    periodWords && ref && !relative && !c.isCertain('year') && c.isCertain('month')
      ? c.isCertain('day')
        ? yearOfMonthDay(ref, c.get('month')!, c.get('day')!, 'unknown')
        : yearOfMonth(ref, c.get('month')!, 'unknown')
      : c.get('year')!;
  const y = known('year') ? pad(placedYear, 4) : 'XXXX';
  const m = known('month') ? pad(c.get('month')) : 'XX';
  const d = known('day') ? pad(c.get('day')) : 'XX';
  if (c.isCertain('hour')) {
    // TIMEX3 writes a clock time to the minute: "noon" is T12:00.
    const minutes = `:${pad(c.get('minute'))}`;
    const utc = c.isCertain('timezoneOffset') && c.get('timezoneOffset') === 0 ? 'Z' : '';
    return { timexType: 'TIME', value: `${y}-${m}-${d}T${pad(c.get('hour'))}${minutes}${utc}` };
  }
  // A named period without a number ("la semaine dernière") is that period, whatever day chrono picked.
  const namedPeriod = period !== undefined && !/\d/.test(result.text);
  if (!namedPeriod && (c.isCertain('day') || relative)) return { timexType: 'DATE', value: `${y}-${m}-${d}` };
  if (period === 'week') return { timexType: 'DATE', value: hasRef ? weekValue({ y: c.get('year')!, m: c.get('month')!, d: c.get('day')! }) : 'XXXX-WXX' };
  if (period === 'year' && !c.isCertain('month')) return { timexType: 'DATE', value: yearValue(hasRef || c.isCertain('year') ? c.get('year')! : undefined) };
  if (c.isCertain('month') || period === 'month') {
    return { timexType: 'DATE', value: monthValue(known('year') ? placedYear : undefined, c.get('month')!) };
  }
  return c.isCertain('year') ? { timexType: 'DATE', value: yearValue(c.get('year')!) } : undefined;
}
