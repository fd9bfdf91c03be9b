import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../src/model/document.js';
import { datesStage } from '../../src/dates/stage.js';
import { clauseTense } from '../../src/dates/tense.js';
import { packageRoot } from '../../src/model/package-root.js';
import { prepare } from '../helpers/prepare.js';

const env = { baseDir: packageRoot(), packageRoot: packageRoot() };

async function datesOf(text: string, referenceDate: string): Promise<DateMention[]> {
  const doc = await prepare(text, referenceDate);
  (await datesStage({}, env)).run(doc);
  return doc.dates;
}

interface Case {
  sentence: string;
  ref: string;
  text: string;
  type?: DateMention['timexType'];
  value: string;
}

/**
 * Dates without a year or week of their own, placed by the tense of their clause. Reference dates:
 * 2025-11-14 is a Friday, 2025-11-15 a Saturday, 2025-11-19 a Wednesday.
 */
const PLACED_BY_TENSE: Case[] = [
  // Plans and earliest dates point ahead even when the verb is in the past tense.
  { sentence: 'Protest organizers planned a march through the old town on Saturday.', ref: '2025-11-14', text: 'Saturday', value: '2025-11-15' },
  { sentence: 'Relief crews were planning to reopen the bridge on Monday.', ref: '2025-11-14', text: 'Monday', value: '2025-11-17' },
  { sentence: 'The convoy could reach the border as early as Tuesday.', ref: '2025-11-14', text: 'Tuesday', value: '2025-11-18' },
  { sentence: 'The envoys may return to the capital as soon as Wednesday.', ref: '2025-11-14', text: 'Wednesday', value: '2025-11-19' },
  { sentence: 'The tribunal postponed until Monday its ruling on the detainees.', ref: '2025-11-14', text: 'Monday', value: '2025-11-17' },
  // A past form after the last future cue governs the date ("will … since they were displaced in November").
  {
    sentence: 'Aid groups will keep supplying the families who have lived in tents since they were displaced in late November.',
    ref: '2025-04-05',
    text: 'late November',
    value: '2024-11',
  },
  { sentence: 'Dozens of civilians have been killed in the strikes on Friday.', ref: '2025-11-15', text: 'Friday', value: '2025-11-14' },
  // A date opening its clause goes by the verb after it.
  { sentence: 'On Tuesday, the coalition plans to hold an emergency session.', ref: '2025-11-14', text: 'Tuesday', value: '2025-11-18' },
  { sentence: 'In January, a car bomb wrecked the checkpoint outside the port.', ref: '2025-10-25', text: 'January', value: '2025-01' },
  // … but "planned" after the date is what happened that day, and a reporting verb before it decides.
  { sentence: 'On Friday, the ministry planned to pay compensation to the families.', ref: '2025-11-19', text: 'Friday', value: '2025-11-14' },
  { sentence: 'The spokesman said Friday that the brigade would withdraw from the ridge.', ref: '2025-11-19', text: 'Friday', value: '2025-11-14' },
  { sentence: 'The minister said the summit would be held on April 24.', ref: '2025-02-10', text: 'April 24', value: '2025-04-24' },
];

/** A weekday with a part of the day is a TIME on the day the tense picks (TIMEX3 `…TNI`, `…TMO`). */
const WEEKDAY_PARTS: Case[] = [
  { sentence: 'Drones struck the fuel depot on Friday night, the governor said.', ref: '2025-11-15', text: 'Friday night', type: 'TIME', value: '2025-11-14TNI' },
  { sentence: 'Negotiators will resume their talks on Tuesday morning.', ref: '2025-11-14', text: 'Tuesday morning', type: 'TIME', value: '2025-11-18TMO' },
];

describe('dates: tense places dates without a year', () => {
  it.each([...PLACED_BY_TENSE, ...WEEKDAY_PARTS])('$sentence → $value', async ({ sentence, ref, text, type = 'DATE', value }) => {
    const dates = await datesOf(sentence, ref);
    const found = dates.find((d) => d.text === text);
    expect(found, `no date "${text}" in ${JSON.stringify(dates.map((d) => d.text))}`).toBeDefined();
    expect(found!.timexType).toBe(type);
    expect(found!.value).toBe(value);
  });

});

describe('clauseTense', () => {
  const tenseAt = (text: string, date: string) => {
    const i = text.indexOf(date);
    return clauseTense(text, i, i + date.length);
  };

  it.each([
    ['The talks will resume on Monday.', 'Monday', 'future'],
    ['The talks resumed on Monday.', 'Monday', 'past'],
    ['The talks will be held on Monday.', 'Monday', 'future'],
    ['The commission will study the shelling that was reported in March.', 'March', 'past'],
    ['On Monday, the council will vote on the budget.', 'Monday', 'future'],
    ['On Monday, the council voted on the budget.', 'Monday', 'past'],
    ['Meanwhile, the border crossing on Monday stays open.', 'Monday', 'unknown'],
    ['Officials on Monday, as usual, stay silent.', 'Monday', 'unknown'],
  ] as const)('%s → %s: %s', (text, date, tense) => {
    expect(tenseAt(text, date)).toBe(tense);
  });
});
