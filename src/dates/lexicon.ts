/**
 * English temporal vocabulary as data: the rule families compile their patterns from these tables, and
 * resolve matched words through them, so adding a word is one table entry.
 */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** TIMEX3 season codes. Winter is the one spanning the turn of the year (December–February). */
export const SEASONS: Readonly<Record<string, string>> = {
  winter: 'WI', spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA',
};
/** Month in which each season starts, to order seasons against a reference date. */
export const SEASON_START_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5, 'a couple of': 2, 'couple of': 2,
};

/** Words that can follow a number word inside one number ("twenty-four", "two hundred"). */
const NUMBER_TAILS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'hundred', 'and a half'];

/** Counts that say "some number of": the value keeps an `X` (`PXW`). */
export const VAGUE_COUNTS: readonly string[] = ['several', 'a few', 'few', 'many', 'some', 'a number of'];

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4,
};

/** Unit words (singular and plural) → the unit name the value writers know. */
export const UNITS: Readonly<Record<string, 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'hour' | 'minute' | 'second'>> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', weekend: 'weekend', weekends: 'weekend',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century', hour: 'hour', hours: 'hour',
  minute: 'minute', minutes: 'minute', second: 'second', seconds: 'second',
};
export const FORTNIGHT_DAYS = 14;

/** Deictic shift words: "last week" is the week before the reference date's. */
export const SHIFTS: Readonly<Record<string, number>> = {
  last: -1, past: -1, previous: -1, 'this past': -1, next: 1, coming: 1, 'this coming': 1, this: 0, current: 0,
  following: 1, preceding: -1, same: 0, that: 0,
};

/** TIMEX3 `mod` of the words that place a date inside its period ("early October"). */
export const PERIOD_PART_MODS: Readonly<Record<string, string>> = {
  early: 'START', 'the beginning of': 'START', 'the start of': 'START', 'beginning of': 'START', 'start of': 'START',
  mid: 'MID', middle: 'MID', 'the middle of': 'MID', 'middle of': 'MID', late: 'END', 'the end of': 'END', 'end of': 'END',
};

/** TIMEX3 `mod` of the words that qualify a duration ("more than three years"). */
export const DURATION_MODS: Readonly<Record<string, string>> = {
  about: 'APPROX', around: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', some: 'APPROX',
  nearly: 'EQUAL_OR_LESS', almost: 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
  'less than': 'LESS_THAN', under: 'LESS_THAN', 'more than': 'MORE_THAN', over: 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE',
};

/** Words that stand for the present, the past or the future as a whole. */
export const REFERENCE_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', 'at present': 'PRESENT_REF',
  nowadays: 'PRESENT_REF', current: 'PRESENT_REF', recent: 'PAST_REF', 'these days': 'PRESENT_REF', 'at the moment': 'PRESENT_REF', 'at this time': 'PRESENT_REF',
  recently: 'PAST_REF', 'more recently': 'PAST_REF', 'most recently': 'PAST_REF', lately: 'PAST_REF',
  'the past': 'PAST_REF', 'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the coming days': 'FUTURE_REF',
};

/**
 * Nouns after "today's" that make it mean "present-day", not the reference day: "today's youth", "today's
 * world" are no date, "today's meeting" is.
 */
export const PRESENT_DAY_NOUNS: ReadonlySet<string> = new Set([
  'youth', 'world', 'society', 'generation', 'generations', 'children', 'young', 'kids', 'teenagers', 'parents',
  'culture', 'standards',
]);

/** Adverbs and adjectives that mean "once every unit". */
export const SET_WORDS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M',
  yearly: 'P1Y', annually: 'P1Y',
};

/** Regex alternation of a table's keys, longest first so "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Month names: full names, and abbreviations optionally followed by a dot. */
export const MONTH_RE = `(?:${alternation(Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may'))}|(?:${alternation(Object.keys(MONTHS).filter((m) => m.length <= 4 && m !== 'may'))})\\.?)`;
export const WEEKDAY_RE = `(?:${alternation(Object.keys(WEEKDAYS))})`;
export const SEASON_RE = `(?:${alternation(Object.keys(SEASONS))})`;
export const UNIT_RE = `(?:${alternation(Object.keys(UNITS))})`;
const SIMPLE_NUMBER = `(?:\\d+(?:\\.\\d+|\\s+1/2)?|${alternation(Object.keys(NUMBER_WORDS).filter((w) => w !== 'a' && w !== 'an'))})`;
/**
 * A count: digits, number words ("twenty-four", "a hundred"), a vague count ("several"), or the article
 * alone ("a year"); "a" never starts a longer number except before "hundred" or "dozen", so "a two-year
 * term" counts two.
 */
export const COUNT_RE = `(?:an?\\s+(?:hundred|dozen|couple\\s+of)|${alternation(VAGUE_COUNTS)}|${SIMPLE_NUMBER}(?:[\\s-]+(?:${alternation(NUMBER_TAILS)}))?|an?)`;

const HAS_WHITESPACE = /\s/;

/** Lowercased, whitespace-collapsed, trailing dot dropped: the key to look a matched word up by. */
export function key(word: string): string {
  // Most matched words are one word without a dot: skip the replacements then (this runs per match).
  const lower = word.toLowerCase();
  const collapsed = HAS_WHITESPACE.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
  return collapsed.endsWith('.') ? collapsed.slice(0, -1) : collapsed;
}

/**
 * The value of a matched count: 3 for "three", 24 for "twenty-four", 1.5 for "one and a half",
 * undefined for vague counts ("several").
 */
export function parseCount(text: string): number | undefined {
  const k = key(text).replace(/-/g, ' ');
  if (VAGUE_COUNTS.includes(k)) return undefined;
  let total = 0;
  if (NUMBER_WORDS[k] !== undefined) return NUMBER_WORDS[k];
  for (const part of k.replace('and a half', 'half').replace('1/2', 'half').split(' ')) {
    const n = /^\d/.test(part) ? Number(part) : NUMBER_WORDS[part];
    if (n === undefined) return undefined;
    if (n === 100 && total > 0) total *= 100;
    else if (n === 0.5 && total > 0) total += 0.5;
    else total += n;
  }
  return total;
}

/**
 * Month names double as ordinary words ("may", "march"): a month must be capitalized to count, except in
 * text written all in capitals.
 */
export function monthNumber(word: string): number | undefined {
  if (word[0] !== word[0]?.toUpperCase()) return undefined;
  return MONTHS[key(word)];
}

/** Irregular past forms common in reporting (regular ones are caught by their "-ed"). */
const IRREGULAR_PAST = alternation([
  'met', 'went', 'came', 'took', 'held', 'began', 'fought', 'left', 'saw', 'made', 'gave', 'told', 'struck', 'won', 'lost',
  'fled', 'sent', 'led', 'fell', 'shot', 'hit', 'broke', 'drove', 'flew', 'ran', 'brought', 'bought', 'sought', 'built',
  'spoke', 'wrote', 'became', 'rose', 'withdrew', 'overran', 'seized', 'said',
]);

/**
 * Future cues in the past tense: before a date they still point ahead ("planned a rally on Saturday"), but
 * after it they are what happened that day ("On Friday, the government planned to pay …").
 */
export const PAST_FORM_FUTURE_CUES: ReadonlySet<string> = new Set(['planned', 'scheduled', 'would']);

/** Verbs and phrases that put the date after them in the future even in a past clause ("planned a rally on Saturday"). */
const FUTURE_CUES = alternation([
  'will', "won't", 'shall', "'ll", 'going to', 'plan to', 'plans to', 'planned', 'planning', 'intends to', 'intend to', 'scheduled',
  'expected to', 'due to', 'set to', 'is to', 'are to', 'upcoming', 'next', 'would', 'as early as', 'as soon as',
  'postponed until', 'delayed until', 'put off until', 'adjourned until', 'supposed to', 'payable', 'aims to', 'aim to',
  'hopes to', 'hope to', 'seeks to', 'seek to', 'expects to', 'expect to',
]);

/**
 * Tense cues of a clause: a future cue (group `future`), a finite past form (group `past`: "was", "had",
 * "been"; group `irregular`: "met", "said"), or a word in "-ed" (no group), which also catches adjectives
 * and so is a weaker past cue. Participles after "be" ("will be held") do not count as past.
 */
export const TENSE_CUE = new RegExp(
  String.raw`\b(?:(?<future>${FUTURE_CUES})|(?<past>was|were|had|did|been)|(?<!\b(?:be|been|being)\s)(?:(?<irregular>${IRREGULAR_PAST})|\w+ed))\b`,
  'gi',
);
