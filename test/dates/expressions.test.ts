import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../src/model/document.js';
import { datesStage } from '../../src/dates/stage.js';
import { packageRoot } from '../../src/model/package-root.js';
import { createDoc } from '../../src/model/document.js';
import { prepare } from '../helpers/prepare.js';

const env = { baseDir: packageRoot(), packageRoot: packageRoot() };

async function datesOf(text: string, referenceDate?: string): Promise<DateMention[]> {
  const doc = await prepare(text, referenceDate);
  (await datesStage({}, env)).run(doc);
  return doc.dates;
}

interface Case {
  sentence: string;
  ref?: string;
  text: string;
  type?: DateMention['timexType'];
  value: string;
  mod?: string;
}

/** Original sentences in the style of conflict and diplomatic reporting; reference date where relevant. */
const CASES: Case[] = [
  // Absolute dates.
  { sentence: 'The delegation arrived in Ankara on October 15, 2025, for two days of talks.', text: 'October 15, 2025', value: '2025-10-15' },
  { sentence: 'The ceasefire was signed on 26 February 2015 after a night of negotiations.', text: '26 February 2015', value: '2015-02-26' },
  { sentence: 'Shelling resumed on Monday, Oct. 13, 2025 near the river crossing.', text: 'Monday, Oct. 13, 2025', value: '2025-10-13' },
  { sentence: 'Engineers reinforced the bridge on Oct. 15, officials said.', ref: '2025-10-20', text: 'Oct. 15', value: '2025-10-15' },
  { sentence: 'The brigade was moved to the northern sector in December 2024.', text: 'December 2024', value: '2024-12' },
  { sentence: 'The 2023-09-14 report listed three new positions.', text: '2023-09-14', value: '2023-09-14' },
  { sentence: 'Talks on the corridor collapsed in 2025 after a series of strikes.', text: '2025', value: '2025' },
  { sentence: 'The front has barely moved since mid-2023.', text: 'mid-2023', value: '2023', mod: 'MID' },
  { sentence: 'The regiment was rebuilt in the 1990s from reservists.', text: 'the 1990s', value: '199' },
  { sentence: 'Observers counted fewer convoys in the early 2010s.', text: 'the early 2010s', value: '201', mod: 'START' },
  { sentence: 'Both sides fought over the town in the 20th century.', text: 'the 20th century', value: '19' },
  { sentence: 'The governor visited the front lines on December 5 and 6.', ref: '2025-12-10', text: '6', value: '2025-12-06' },
  // Month names without a year, placed by the reference date and the clause's tense.
  { sentence: 'The envoy travelled to Doha in August.', ref: '2025-11-14', text: 'August', value: '2025-08' },
  { sentence: 'The ministers said they met in January.', ref: '2025-11-14', text: 'January', value: '2025-01' },
  { sentence: 'The ministers will meet again in January.', ref: '2025-11-14', text: 'January', value: '2026-01' },
  { sentence: 'Fighting intensified in mid-October around the railway hub.', ref: '2025-11-14', text: 'mid-October', value: '2025-10', mod: 'MID' },
  { sentence: 'Supplies ran short in early August, according to local officials.', ref: '2025-11-14', text: 'early August', value: '2025-08', mod: 'START' },
  { sentence: 'The battalion withdrew in late November.', ref: '2026-03-02', text: 'late November', value: '2025-11', mod: 'END' },
  { sentence: 'Reinforcements arrived early last March.', ref: '2025-11-14', text: 'early last March', value: '2025-03', mod: 'START' },
  { sentence: 'Aid deliveries resumed in January this year.', ref: '2025-11-14', text: 'January this year', value: '2025-01' },
  { sentence: 'The dam was damaged in June last year.', ref: '2025-11-14', text: 'June last year', value: '2024-06' },
  // Relative to the reference date.
  { sentence: 'The foreign minister arrived in Baku today.', ref: '2025-11-14', text: 'today', value: '2025-11-14' },
  { sentence: 'Two drones were shot down yesterday over the port.', ref: '2025-11-14', text: 'yesterday', value: '2025-11-13' },
  { sentence: 'The talks resume tomorrow in Geneva.', ref: '2025-11-14', text: 'tomorrow', value: '2025-11-15' },
  { sentence: 'The president met the delegation on Monday.', ref: '2025-11-14', text: 'Monday', value: '2025-11-10' },
  { sentence: 'The president will meet the delegation on Monday.', ref: '2025-11-14', text: 'Monday', value: '2025-11-17' },
  { sentence: 'Rebel units entered the village last Friday.', ref: '2025-11-14', text: 'last Friday', value: '2025-11-07' },
  { sentence: 'A second convoy was attacked last week near the border.', ref: '2025-11-14', text: 'last week', value: '2025-W45' },
  { sentence: 'The council will vote next week on the resolution.', ref: '2025-11-14', text: 'next week', value: '2025-W47' },
  { sentence: 'The general was dismissed last month.', ref: '2025-11-14', text: 'last month', value: '2025-10' },
  { sentence: 'The agreement expired last year.', ref: '2025-11-14', text: 'last year', value: '2024' },
  { sentence: 'The minister resigned earlier this year.', ref: '2025-11-14', text: 'earlier this year', value: '2025', mod: 'START' },
  { sentence: 'The base was abandoned three years ago.', ref: '2025-11-14', text: 'three years ago', value: '2022' },
  { sentence: 'The militia was founded a decade ago.', ref: '2025-11-14', text: 'a decade ago', value: '2015' },
  { sentence: 'The bridge was struck ten days ago.', ref: '2025-11-14', text: 'ten days ago', value: '2025-11-04' },
  { sentence: 'Militia leaders gathered in the capital last winter.', ref: '2025-11-14', text: 'last winter', value: '2024-WI' },
  { sentence: 'The offensive stalled in the summer of 2024.', text: 'the summer of 2024', value: '2024-SU' },
  { sentence: 'Opposition groups have regrouped in recent weeks.', ref: '2025-11-14', text: 'recent weeks', value: 'PAST_REF' },
  { sentence: 'The garrison is now under new command.', ref: '2025-11-14', text: 'now', value: 'PRESENT_REF' },
  { sentence: 'The company reported losses in the third quarter.', ref: '2025-11-14', text: 'the third quarter', value: '2025-Q3' },
  // Clock times.
  { sentence: 'The statement was issued at 14:30 on Tuesday.', ref: '2025-11-14', text: '14:30 on Tuesday', type: 'TIME', value: '2025-11-11T14:30' },
  { sentence: 'Sirens sounded across the city this morning.', ref: '2025-11-14', text: 'this morning', type: 'TIME', value: '2025-11-14TMO' },
  // Durations are lengths, never calendar dates.
  { sentence: 'The siege lasted three years.', ref: '2025-11-14', text: 'three years', type: 'DURATION', value: 'P3Y' },
  { sentence: 'The General Staff reported 140 clashes in the past day.', ref: '2025-11-14', text: 'the past day', type: 'DURATION', value: 'P1D' },
  { sentence: 'Negotiators talked for 5 1/2 hours before the break.', text: '5 1/2 hours', type: 'DURATION', value: 'PT5H30M' },
  { sentence: 'The occupation lasted two and a half years.', text: 'two and a half years', type: 'DURATION', value: 'P2Y6M' },
  { sentence: 'The ceasefire held for 48 hours.', ref: '2025-11-14', text: '48 hours', type: 'DURATION', value: 'PT48H' },
  { sentence: 'Casualties rose over the past two weeks.', ref: '2025-11-14', text: 'the past two weeks', type: 'DURATION', value: 'P2W' },
  { sentence: 'He began a five-year term in parliament.', text: 'five-year', type: 'DURATION', value: 'P5Y' },
  { sentence: 'The blockade lasted more than six months.', text: 'more than six months', type: 'DURATION', value: 'P6M', mod: 'MORE_THAN' },
  // Sets are recurrences, never calendar dates.
  { sentence: 'Patrols cross the checkpoint every week.', ref: '2025-11-14', text: 'every week', type: 'SET', value: 'P1W' },
  { sentence: 'The rotation of troops happens each season.', text: 'each season', type: 'SET', value: 'P3M' },
  { sentence: 'The ministry publishes casualty figures daily.', text: 'daily', type: 'SET', value: 'P1D' },
  { sentence: 'The commanders meet twice a month.', text: 'twice a month', type: 'SET', value: 'P1M' },
  // Years written out in words, and quarters as business reporting names them.
  { sentence: 'The refinery was built in nineteen eighty-seven, the minister recalled.', text: 'nineteen eighty-seven', value: '1987' },
  { sentence: 'He first crossed the border in March nineteen ninety-two.', text: 'March nineteen ninety-two', value: '1992-03' },
  { sentence: 'The treaty was meant to hold until the year two thousand and ten.', text: 'the year two thousand and ten', value: '2010' },
  { sentence: 'Net profit at the arms maker rose 8% in the quarter.', ref: '2025-11-14', text: 'the quarter', value: '2025-Q3' },
  { sentence: 'Revenue in the latest quarter beat analysts\' forecasts.', ref: '2026-02-03', text: 'the latest quarter', value: '2025-Q4' },
  { sentence: 'Earnings fell from $2.1 billion in the year-earlier period.', ref: '2025-11-14', text: 'the year-earlier period', value: '2024-Q3' },
  { sentence: 'Sales were flat compared with the year-ago quarter.', ref: '2025-05-02', text: 'the year-ago quarter', value: '2024-Q1' },
  { sentence: 'The shipyard expects a loss in next year\'s first quarter.', ref: '2025-11-14', text: "next year's first quarter", value: '2026-Q1' },
  { sentence: 'Exports recovered in the 2024 second quarter, the ministry said.', ref: '2025-11-14', text: 'the 2024 second quarter', value: '2024-Q2' },
  // A clock time without a day of its own is on the day being narrated.
  { sentence: 'The depot was hit on Tuesday. The first missile struck at 4:10 a.m., witnesses said.', ref: '2025-11-14', text: '4:10 a.m', type: 'TIME', value: '2025-11-11T04:10' },
  { sentence: 'The governor will speak at 6 p.m. in the city hall.', ref: '2025-11-14', text: '6 p.m', type: 'TIME', value: '2025-11-14T18:00' },
  { sentence: 'The clinic was bombed last Oct. 23, and the trial opened this week.', ref: '2025-04-19', text: 'Oct. 23', value: '2024-10-23' },
  { sentence: 'The defence group forecast higher earnings for the full year.', ref: '2025-11-14', text: 'the full year', value: '2025' },
  { sentence: 'Sales in the current fiscal year should rise 4%, the company said.', ref: '2025-11-14', text: 'the current fiscal year', value: '2025' },
  { sentence: 'Net income for the year ended March 31 was $40 million.', ref: '2025-11-14', text: 'the year', type: 'DURATION', value: 'P1Y' },
  { sentence: 'The camp was first flooded in the spring of nineteen ninety-eight.', ref: '2025-11-14', text: 'the spring of nineteen ninety-eight', value: '1998-SP' },
  { sentence: "Today's talks in the capital ended without a joint statement.", ref: '2025-11-14', text: 'Today', value: '2025-11-14' },
  { sentence: 'The shipyard booked a profit for the final quarter of 2024.', ref: '2025-11-14', text: 'the final quarter of 2024', value: '2024-Q4' },
  // "The entire year" of business reporting: the current year, but in a past clause early in the next year the one just ended.
  { sentence: 'The arms maker expects sales of $4 billion for the entire year.', ref: '2025-11-14', text: 'the entire year', value: '2025' },
  { sentence: 'The arms maker reported a loss of $2 billion for the entire year.', ref: '2026-02-03', text: 'the entire year', value: '2025' },
  { sentence: 'The arms maker expects sales of $4 billion for the entire year.', ref: '2026-02-03', text: 'the entire year', value: '2026' },
  // Days placed by another date in the text, and clock words.
  { sentence: 'The envoy met the rebels the day before last Tuesday, aides said.', ref: '2025-11-14', text: 'the day before last Tuesday', value: '2025-11-10' },
  { sentence: 'The depot was shelled last October. Its commander was replaced that same day.', ref: '2026-01-20', text: 'same day', value: '2025-10-XX' },
  { sentence: 'The court is expected to rule at midday.', ref: '2025-11-14', text: 'midday', type: 'TIME', value: '2025-11-14T12:00' },
  { sentence: 'The market was shelled on Tuesday. A second strike came at midday.', ref: '2025-11-14', text: 'midday', type: 'TIME', value: '2025-11-11T12:00' },
  { sentence: 'The ultimatum expires at noon on Friday.', ref: '2025-11-12', text: 'noon on Friday', type: 'TIME', value: '2025-11-14T12:00' },
  // Feasts dated by Easter.
  { sentence: 'Pilgrims crossed the checkpoint for Orthodox Easter 2024.', text: 'Orthodox Easter 2024', value: '2024-05-05' },
  { sentence: 'The truce collapsed on Good Friday.', ref: '2025-05-02', text: 'Good Friday', value: '2025-04-18' },
  { sentence: 'Processions were banned during Holy Week.', ref: '2025-05-02', text: 'Holy Week', value: '2025-W16' },
  // Lengths written as adjectives, and counts with "more".
  { sentence: 'Mediators ended their second day-long session without a deal.', text: 'day-long', type: 'DURATION', value: 'P1D' },
  { sentence: 'The months-long blockade of the port was lifted.', text: 'months-long', type: 'DURATION', value: 'PXM' },
  { sentence: 'The observers will stay for two more weeks.', text: 'two more weeks', type: 'DURATION', value: 'P2W' },
  // A week named by a day in it or by its place in a month is the ISO week.
  { sentence: 'The tribunal expects to hear the case the week of March 9.', ref: '2026-02-20', text: 'the week of March 9', value: '2026-W11' },
  { sentence: 'The port stayed closed through the final week of August.', ref: '2025-11-14', text: 'the final week of August', value: '2025-W35' },
  { sentence: 'Fuel deliveries slowed in the last week of March.', ref: '2025-04-02', text: 'the last week of March', value: '2025-W13' },
  { sentence: 'The brigade rotated out in the first week of June 2024.', text: 'the first week of June 2024', value: '2024-W23' },
];

describe('dates: expressions to TIMEX3 values', () => {
  it.each(CASES)('$sentence → $value', async ({ sentence, ref, text, type = 'DATE', value, mod }) => {
    const dates = await datesOf(sentence, ref);
    const found = dates.find((d) => d.text === text);
    expect(found, `no date "${text}" in ${JSON.stringify(dates.map((d) => d.text))}`).toBeDefined();
    expect(found!.timexType).toBe(type);
    expect(found!.value).toBe(value);
    expect(found!.mod).toBe(mod);
    expect(found!.rule).toMatch(/\S/);
  });
});

describe('dates: what is not a date', () => {
  it.each([
    ['About 2,000 troops were redeployed to the south.'],
    ['Some 1500 soldiers crossed the river at dawn.'],
    ['The convoy may reach the city before dark.'],
    ['Officials warned that prices could fall sharply.'],
    ['A 44-year-old man was detained at the checkpoint.'],
    ['Resolution 2254 calls for a political transition.'],
    ['The crew launched a Kh-2000 decoy from the bay.'],
    ['The unit fired 2.50 rounds per minute on average.'],
    ['Militia fighters held the quarter around the old mosque.'],
    ['Nineteen people were wounded in the shelling.'],
    ['Some two thousand residents fled the district.'],
    ['The quarter-to-quarter comparison of revenue was flattered by one-off charges.'],
    ['Exports fell to $3 billion, down from $4 billion the year before.'],
    ['The year was hard for the families displaced by the fighting.'],
    ['The week of talks ended without a statement.'],
    ["The war has shaped today's youth in the border towns."],
    ['For the refugees, high noon came when the border closed.'],
  ])('%s', async (sentence) => {
    expect((await datesOf(sentence, '2025-11-14')).filter((d) => d.timexType === 'DATE' || d.timexType === 'TIME')).toEqual([]);
  });

  it('keeps durations and sets out of calendar values', async () => {
    const dates = await datesOf('The truce lasted three years and patrols ran every week.', '2025-11-14');
    expect(dates.map((d) => [d.timexType, d.value])).toEqual([
      ['DURATION', 'P3Y'],
      ['SET', 'P1W'],
    ]);
  });
});

describe('dates: ranges and anaphora', () => {
  it('opens an interval at "since" and closes it at the reference date', async () => {
    const [d] = await datesOf('The group has controlled the crossing since December 2024.', '2025-11-14');
    expect(d).toMatchObject({ text: 'December 2024', value: '2024-12', range: { begin: '2024-12', end: '2025-11-14' } });
  });

  it('links "from July to September" into one range in the same year', async () => {
    const dates = await datesOf('The brigade trained from July to September 2025.', '2026-02-01');
    expect(dates.map((d) => d.value)).toEqual(['2025-07', '2025-09']);
    expect(dates[0]!.range).toEqual({ begin: '2025-07', end: '2025-09' });
    expect(dates[1]!.range).toEqual({ begin: '2025-07', end: '2025-09' });
  });

  it('links a day range inside one month', async () => {
    const dates = await datesOf('Ukrainian forces struck a depot overnight on November 12 to 13.', '2025-11-14');
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['November 12', '2025-11-12'],
      ['13', '2025-11-13'],
    ]);
    expect(dates[0]!.range).toEqual({ begin: '2025-11-12', end: '2025-11-13' });
  });

  it('links "between 2014 and 2016"', async () => {
    const dates = await datesOf('The town changed hands several times between 2014 and 2016.');
    expect(dates.map((d) => d.range)).toEqual([
      { begin: '2014', end: '2016' },
      { begin: '2014', end: '2016' },
    ]);
  });

  it('counts "the next day" and "two days later" from the previous date in the text', async () => {
    const dates = await datesOf(
      'The envoy reached Damascus on March 3, 2025. He met the interim president the next day. Two days later he flew to Amman.',
      '2025-11-14',
    );
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ['March 3, 2025', '2025-03-03'],
      ['the next day', '2025-03-04'],
      ['Two days later', '2025-03-06'],
    ]);
  });

  it('keeps doc.dates sorted by start', async () => {
    const dates = await datesOf('On Monday, two years after the 2023 accord, the talks resumed; by Friday they had stalled.', '2025-11-14');
    const starts = dates.map((d) => d.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(dates.length).toBeGreaterThanOrEqual(3);
  });
});

describe('dates: reference date', () => {
  it('leaves relative dates unresolved without a reference date, never using the clock', async () => {
    const dates = await datesOf('The commander was replaced last week and the unit withdrew yesterday, in March.');
    expect(dates.map((d) => d.value)).toEqual(['XXXX-WXX', 'XXXX-XX-XX', 'XXXX-03']);
  });

  it('takes the reference date from a dateline when the document has none', async () => {
    const doc = await prepare('KYIV, Ukraine, Nov. 14, 2025 — Air defenses intercepted drones overnight, and officials said the strikes began yesterday.');
    (await datesStage({}, env)).run(doc);
    expect(doc.referenceDate).toBe('2025-11-14');
    expect(doc.referenceDateSource).toBe('dateline');
    expect(doc.dates.find((d) => d.text === 'yesterday')?.value).toBe('2025-11-13');
  });

  it('anchors each article on its own headline date', async () => {
    const text = [
      'Front Line Assessment, November 14, 2025',
      '',
      'Russian forces attacked the northern flank yesterday and were repelled.',
      '',
      'Front Line Assessment, November 20, 2025',
      '',
      'Ukrainian units counterattacked yesterday near the reservoir.',
    ].join('\n');
    const doc = await prepare(text);
    (await datesStage({}, env)).run(doc);
    expect(doc.referenceDateSource).toBe('headline');
    expect(doc.articles.map((a) => a.referenceDate)).toEqual(['2025-11-14', '2025-11-20']);
    expect(doc.dates.filter((d) => d.text === 'yesterday').map((d) => d.value)).toEqual(['2025-11-13', '2025-11-19']);
  });

  it('reads a dateline without a year against the document date', async () => {
    const text = 'Ceasefire Holds in the South\n\nBEIRUT, March 2 (Reuters) -- Shelling stopped yesterday, residents said.';
    const doc = await prepare(text, '2025-03-05');
    (await datesStage({}, env)).run(doc);
    expect(doc.articles.at(-1)!.referenceDate).toBe('2025-03-02');
    expect(doc.dates.find((d) => d.text === 'yesterday')?.value).toBe('2025-03-01');
  });

  it('prefers the metadata date over a date further down the text', async () => {
    const doc = await prepare('Officials said the convoy left yesterday. The plan dates from May 2, 2019.', '2025-11-14');
    (await datesStage({}, env)).run(doc);
    expect(doc.referenceDateSource).toBe('metadata');
    expect(doc.dates[0]!.value).toBe('2025-11-13');
  });
});

describe('dates: reference date from --reference-date', () => {
  it('lets the option win over article headline dates', async () => {
    const doc = await prepare('Daily Update, November 14, 2025\n\nThe brigade rotated out yesterday.');
    doc.referenceDate = '2025-12-01';
    doc.referenceDateSource = 'option';
    (await datesStage({}, env)).run(doc);
    expect(doc.articles[0]!.referenceDate).toBe('2025-11-14');
    expect(doc.dates.find((d) => d.text === 'yesterday')?.value).toBe('2025-11-30');
  });
});

describe('dates: names', () => {
  it('skips a date inside a recognized organization name', async () => {
    const text = 'The 26th of July Movement met on 26 July 2025.';
    const doc = await prepare(text, '2025-11-14');
    const start = text.indexOf('The 26th');
    const end = text.indexOf(' met');
    doc.mentions = [{ start, end, text: text.slice(start, end), type: 'Organization', form: 'name', recognizer: 'test', priority: 0, confidence: 1 }];
    (await datesStage({}, env)).run(doc);
    expect(doc.dates.map((d) => d.text)).toEqual(['26 July 2025']);
  });
});

describe('dates: without segmentation', () => {
  it('falls back to the whole text when there are no sentences or paragraphs', async () => {
    const doc = createDoc({ id: 'raw.txt', source: { path: '/raw.txt', relPath: 'raw.txt', sha256: '' }, text: 'Talks ended on 3 March 2024 and resumed last week.' });
    doc.lang = 'en';
    doc.referenceDate = '2024-03-20';
    (await datesStage({}, env)).run(doc);
    expect(doc.dates.map((d) => d.value)).toEqual(['2024-03-03', '2024-W11']);
  });
});

describe('dates: languages', () => {
  it('parses French paragraphs with the French locale and keeps week granularity', async () => {
    const doc = await prepare(
      "Le ministre des Affaires étrangères s'est rendu à Moscou la semaine dernière pour des entretiens avec son homologue russe, selon le communiqué publié par le ministère.",
      '2025-11-14',
    );
    expect(doc.paragraphs[0]!.lang).toBe('fr');
    (await datesStage({}, env)).run(doc);
    expect(doc.dates.map((d) => [d.text, d.value, d.rule])).toEqual([['la semaine dernière', '2025-W45', 'chrono-fr']]);
  });

  it('does not turn a French length of time into a date', async () => {
    const doc = await prepare(
      "Le conseil a été élu pour un mandat de trois ans et les négociations ont duré pendant deux semaines, selon le ministère des Affaires étrangères.",
      '2025-11-14',
    );
    expect(doc.paragraphs[0]!.lang).toBe('fr');
    (await datesStage({}, env)).run(doc);
    expect(doc.dates.filter((d) => d.timexType === 'DATE')).toEqual([]);
  });

  it('does not run English rules on French text', async () => {
    const doc = await prepare(
      "Selon le ministère, les forces ont repris le contrôle du village et les habitants sont revenus dans leurs maisons après des mois de combats dans la région.",
      '2025-11-14',
    );
    expect(doc.paragraphs[0]!.lang).toBe('fr');
    (await datesStage({}, env)).run(doc);
    expect(doc.dates.filter((d) => d.rule !== 'chrono-fr')).toEqual([]);
  });
});

describe('dates: options', () => {
  it('refuses an unknown rule family', () => {
    expect(() => datesStage({ rules: ['calendar', 'astrology'] }, env)).toThrow(/astrology/);
  });

  it('refuses an unknown option', () => {
    expect(() => datesStage({ locale: 'en' }, env)).toThrow(/locale/);
  });

  it('runs only the families it is given', async () => {
    const doc = await prepare('The siege lasted three years and ended on October 15, 2025.', '2025-11-14');
    (await datesStage({ rules: ['durations'] }, env)).run(doc);
    expect(doc.dates.map((d) => d.value)).toEqual(['P3Y']);
  });
});
