import { quarterOf } from '../calendar.js';
import { ORDINALS, alternation } from '../lexicon.js';
import { compile, group, nextWord, previousWord, type DateRule, type Resolution } from '../rule.js';
import { centuryValue, decadeValue, halfValue, quarterValue, yearValue } from '../timex.js';
import { DECADE_WORDS, Trigger } from '../triggers.js';
import { reportedPeriod } from './reported-periods.js';
import { spelledYear } from './spelled-years.js';

/** Years and the periods named by number: quarters, halves, decades, centuries. */

const YEAR = `(?:1[5-9]|20)\\d\\d`;
/** "of 2025", "of this year", "of last year". */
const OF_YEAR = `(?:\\s+of\\s+(?:(?<y>${YEAR})|(?<rel>this|last|next)\\s+year)|\\s+(?<y2>${YEAR}))?`;

/** A year before a quarter: "the 1988 third quarter", "last year's fourth quarter". */
const YEAR_BEFORE = `(?:(?<y0>${YEAR})\\s+|(?<rel0>this|last|next)\\s+year['’]s\\s+)?`;

function yearOf(m: RegExpExecArray, refYear: number | undefined): number | undefined {
  const written = m.groups!.y ?? m.groups!.y2 ?? m.groups!.y0;
  if (written) return Number(written);
  if (refYear === undefined) return undefined;
  const rel = group(m, 'rel') || group(m, 'rel0');
  return refYear + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
}

const QUARTER_ORDINALS = alternation(Object.keys(ORDINALS).filter((w) => w !== 'last'));

/** "the third quarter", "Q3 2025", "the fourth quarter of last year". */
export const quarter: DateRule = {
  name: 'quarter',
  pattern: compile(`(?:(?:the|its)\\s+)?${YEAR_BEFORE}(?:(?:fiscal|calendar)\\s+)?(?:(?<ord>${QUARTER_ORDINALS})[\\s-]+quarter|q(?<q>[1-4]))${OF_YEAR}`),
  priority: 9,
  confidence: 0.85,
  triggers: Trigger.unit,
  // Both forms the pattern reads hold one of these: "third quarter", "Q3".
  requires: /quarter|q[1-4]/i,
  accept: (m) => !m.groups!.q || /^Q/.test(m[0]) || /^(?:the|its)/i.test(m[0]),
  resolve(m, ctx) {
    const q = m.groups!.q ? Number(m.groups!.q) : ORDINALS[group(m, 'ord')]!;
    let y = yearOf(m, ctx.ref?.y);
    const explicit = m.groups!.y ?? m.groups!.y2 ?? m.groups!.y0 ?? m.groups!.rel ?? m.groups!.rel0;
    // A quarter named without a year is the latest one of that number: quarters are reported after they end.
    if (!explicit && ctx.ref && y !== undefined && q > quarterOf(ctx.ref.m)) y -= 1;
    return { timexType: 'DATE', value: quarterValue(y, q) };
  },
};

/** "the first half of 2025", "the second half of the year". */
export const half: DateRule = {
  name: 'half-year',
  pattern: compile(`(?:the\\s+)?(?<ord>first|second|1st|2nd)\\s+half\\s+of\\s+(?:(?<y>${YEAR})|(?:the|this)\\s+year|(?<rel>last|next)\\s+year)`),
  priority: 9,
  confidence: 0.85,
  triggers: Trigger.unit,
  requires: /half\s+of/i,
  resolve: (m, ctx) => ({ timexType: 'DATE', value: halfValue(yearOf(m, ctx.ref?.y), ORDINALS[group(m, 'ord')]!) }),
};

const DECADE_PARTS: Readonly<Record<string, string>> = { early: 'START', mid: 'MID', late: 'END' };

/** "the 1990s", "the early 2000s", "the '90s", "the nineties". */
export const decade: DateRule = {
  name: 'decade',
  pattern: compile(
    `(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?:(?<full>(?:1[5-9]|20)\\d0)['’]?s|['’](?<short>\\d0)['’]?s|(?<word>${alternation(Object.keys(DECADE_WORDS))}))`,
  ),
  priority: 9,
  confidence: 0.85,
  triggers: Trigger.digit | Trigger.decade,
  // "1990s", "'90s" hold a 0 before the s; every decade word ends in "ties".
  requires: /0['’]?s|ties/i,
  // "the nineties" for temperatures or ages needs the article or a year-like context: keep the article.
  accept: (m) => !m.groups!.word || /^the\b/i.test(m[0]),
  resolve(m) {
    const first = m.groups!.full ? Number(m.groups!.full) : m.groups!.short ? 1900 + Number(m.groups!.short) : DECADE_WORDS[group(m, 'word')]!;
    const resolution: Resolution = { timexType: 'DATE', value: decadeValue(first) };
    const mod = DECADE_PARTS[group(m, 'part')];
    if (mod) resolution.mod = mod;
    return resolution;
  },
};

export const century: DateRule = {
  name: 'century',
  pattern: compile(`(?:the\\s+)?(?<n>1\\d|2[01]|[1-9])(?:st|nd|rd|th)[\\s-]+century`),
  priority: 9,
  confidence: 0.85,
  triggers: Trigger.digit,
  requires: /century/i,
  resolve: (m) => ({ timexType: 'DATE', value: centuryValue(Number(m.groups!.n)) }),
};

/**
 * Words after a number that make it a quantity, not a year ("2,000 troops" is cut by the pattern;
 * "1500 troops", "2000 hours" by this list).
 */
const QUANTITY_NOUNS = new Set([
  'troops', 'soldiers', 'servicemen', 'personnel', 'fighters', 'militants', 'people', 'civilians', 'residents',
  'refugees', 'men', 'women', 'children', 'casualties', 'deaths', 'dead', 'killed', 'wounded', 'prisoners',
  'vehicles', 'tanks', 'drones', 'missiles', 'rockets', 'shells', 'rounds', 'aircraft', 'sorties', 'strikes',
  'km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'feet', 'tons', 'tonnes', 'hectares', 'barrels',
  'dollars', 'euros', 'rubles', 'roubles', 'hryvnias', 'pounds', 'units', 'cases', 'votes', 'homes', 'houses',
  'buildings', 'hours', 'hrs', 'gmt', 'utc', 'zulu', 'local', 'mhz', 'ad', 'bc', 'bce', 'ce', '%', 'percent',
  'times', 'points', 'items', 'words', 'pages', 'members', 'employees', 'jobs', 'students', 'patients',
]);
/** Words before a number that make it a count, code or amount. */
const NUMBER_MARKERS = new Set(['no', 'no.', 'number', 'nos', 'resolution', 'flight', 'route', 'model', 'code', 'page', 'pages', 'article', 'about', 'some', 'nearly', 'almost', 'over', 'than', 'approximately', 'roughly', 'around', 'least', 'only', 'just', 'additional', 'another', 'all']);

const HYPHEN_PREFIXES = /(?:^|[^\w])(?:mid|early|late|pre|post)-$/i;

/** A year on its own: "in 2025", "the 2024 election", "2014–2015". */
export const bareYear: DateRule = {
  name: 'bare-year',
  pattern: compile(`(?<![$€£#№/.,:]|\\d[,.]?\\s?)(?:fiscal\\s+)?(?<y>${YEAR})(?![\\d,]\\d|[/:]\\d|\\s*%)`),
  priority: 5,
  confidence: 0.75,
  triggers: Trigger.digit,
  // Most numbers in news are not year-like.
  requires: new RegExp(YEAR),
  accept(m) {
    const y = Number(m.groups!.y);
    if (y < 1800 || y > 2100) return false;
    if (QUANTITY_NOUNS.has(nextWord(m.input, m.index + m[0].length))) return false;
    // "mid-2011" and "post-2014" are years; "Kh-2000" or "S-1500" are model names.
    if (m.input[m.index - 1] === '-' && !HYPHEN_PREFIXES.test(m.input.slice(Math.max(0, m.index - 6), m.index))) return false;
    return !NUMBER_MARKERS.has(previousWord(m.input, m.index));
  },
  resolve: (m) => ({ timexType: 'DATE', value: yearValue(Number(m.groups!.y)) }),
};

export const periodRules: readonly DateRule[] = [quarter, reportedPeriod, half, decade, century, bareYear, spelledYear];
