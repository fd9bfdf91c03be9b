import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { relate, unit } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes(' foughtAgainst '));

describe('the people of a named party killed or taken prisoner: the two fought', () => {
  it('reads soldiers killed that belong to a named unit', async () => {
    const { lines } = await relate('Belarusian troops killed 40 soldiers belonging to the 12th Rifle Brigade near the river.', [demonym('Belarusian', 'BY'), unit('12th Rifle Brigade')]);
    expect(fights(lines)).toEqual(['Belarusian foughtAgainst 12th Rifle Brigade']);
  });

  it('reads personnel captured from a country’s unit, the count in quotation marks', async () => {
    const { lines } = await relate('Officials admitted that Belarusian forces captured “some” personnel from Moldova’s 12th Rifle Brigade.', [demonym('Belarusian', 'BY'), country('Moldova', 'MD'), unit('12th Rifle Brigade')]);
    expect(fights(lines)).toEqual(['Belarusian foughtAgainst 12th Rifle Brigade']);
  });

  it('gives no fight for the unit’s commander met or equipment captured', async () => {
    const met = await relate('Belarusian officers met soldiers of the 12th Rifle Brigade.', [demonym('Belarusian', 'BY'), unit('12th Rifle Brigade')]);
    expect(fights(met.lines)).toEqual([]);
    const gear = await relate('Belarusian forces captured vehicles of the 12th Rifle Brigade.', [demonym('Belarusian', 'BY'), unit('12th Rifle Brigade')]);
    expect(fights(gear.lines)).toEqual([]);
  });
});
