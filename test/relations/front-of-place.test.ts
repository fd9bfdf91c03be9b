import { describe, expect, it } from 'vitest';
import { city, region, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

describe('operatesIn: a front named by its place in the unit\'s clause (unit-in-place)', () => {
  it('places the unit on the front of the place', async () => {
    const appeal = await relate('The 204th Rifle Regiment posted a video complaint from the Orikhiv Oblast frontlines last week.', [unit('204th Rifle Regiment'), region('Orikhiv Oblast')]);
    expect(appeal.lines).toContain('204th Rifle Regiment operatesIn Orikhiv Oblast');
    const shortage = await relate('The 17th Marine Brigade complained about a lack of ammunition on the southern Tokmak front.', [unit('17th Marine Brigade'), city('Tokmak')]);
    expect(shortage.lines).toContain('17th Marine Brigade operatesIn Tokmak');
  });

  it('places no unit on a front it is only going to, or one another clause names', async () => {
    const going = await relate('The 17th Marine Brigade will move to the Tokmak front.', [unit('17th Marine Brigade'), city('Tokmak')]);
    expect(presence(going.lines)).toEqual([]);
    const other = await relate('The 17th Marine Brigade rested while other units fought on the Tokmak front.', [unit('17th Marine Brigade'), city('Tokmak')]);
    expect(presence(other.lines)).toEqual([]);
  });
});
