import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

describe('captured-counted: settlements taken in a place, counted by a numeral or as more of them', () => {
  it('reads a numeral and a vague qualifier before the settlements', async () => {
    const { lines } = await relate('Regional officials said that Belarusian forces liberated 14 unnamed villages in Verba Oblast last week.', [demonym('Belarusian', 'BY'), region('Verba Oblast')]);
    expect(captures(lines)).toEqual(['Belarusian captured Verba Oblast']);
  });

  it('reads "seven more settlements" and "over 30 settlements in total in X"', async () => {
    const more = await relate('The 9th Rifle Brigade recaptured seven more settlements in Verba Oblast on Monday.', [unit('9th Rifle Brigade'), region('Verba Oblast')]);
    expect(captures(more.lines)).toEqual(['9th Rifle Brigade captured Verba Oblast']);
    const total = await relate('Belarusian troops claim to have retaken over 30 settlements in total in Verba Oblast.', [demonym('Belarusian', 'BY'), region('Verba Oblast')]);
    expect(captures(total.lines)).toEqual(['Belarusian captured Verba Oblast']);
  });

  it('gives no capture to who shells counted settlements liberated by others, nor to a forecast', async () => {
    const shelled = await relate('Belarusian forces continued to shell 12 recently liberated settlements in Verba Oblast.', [demonym('Belarusian', 'BY'), region('Verba Oblast')]);
    expect(captures(shelled.lines)).toEqual([]);
    const forecast = await relate('Belarusian forces will likely liberate 12 more settlements in Verba Oblast.', [demonym('Belarusian', 'BY'), region('Verba Oblast')]);
    expect(captures(forecast.lines)).toEqual([]);
  });

  it('takes no settlements near a place for a part of it', async () => {
    const { lines } = await relate('Belarusian forces captured 4 small settlements near Dolynka.', [demonym('Belarusian', 'BY'), city('Dolynka')]);
    expect(captures(lines)).toEqual([]);
  });
});
