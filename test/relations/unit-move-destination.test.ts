import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn')).sort();
const regiment = unit('915th Freedonian Rifle Regiment');
const mentions = [regiment, city('Ostrova')];
const both = [regiment, city('Ostrova'), city('Belka')];

describe('a named unit moving or advancing toward a place operates there (unit-move-destination.ts)', () => {
  it('states the presence at the place the unit moves or advances toward', async () => {
    const moving = await relate('Elements of the 915th Freedonian Rifle Regiment are moving in the direction of Ostrova.', mentions);
    expect(presence(moving.lines)).toEqual(['915th Freedonian Rifle Regiment operatesIn Ostrova']);
    const moved = await relate('A battalion of the 915th Freedonian Rifle Regiment moved in the direction of Ostrova last week.', mentions);
    expect(presence(moved.lines)).toEqual(['915th Freedonian Rifle Regiment operatesIn Ostrova']);
    const advancing = await relate('Sylvanian sources said that elements of the 915th Freedonian Rifle Regiment are advancing toward Ostrova.', mentions);
    expect(presence(advancing.lines)).toEqual(['915th Freedonian Rifle Regiment operatesIn Ostrova']);
    const list = await relate('Elements of the 915th Freedonian Rifle Regiment are moving toward Ostrova and Belka.', both);
    expect(presence(list.lines)).toEqual(['915th Freedonian Rifle Regiment operatesIn Belka', '915th Freedonian Rifle Regiment operatesIn Ostrova']);
  });

  it('keeps out a starting point before the heading, a heading or an en-route wording, an advance only sought, a way through another place', async () => {
    const fromTo = await relate('Elements of the 915th Freedonian Rifle Regiment are advancing from Belka toward Ostrova.', [regiment, city('Belka'), city('Ostrova')]);
    expect(presence(fromTo.lines)).not.toContain('915th Freedonian Rifle Regiment operatesIn Ostrova');
    const heading = await relate('A column of the 915th Freedonian Rifle Regiment is heading toward Ostrova.', mentions);
    expect(presence(heading.lines)).toEqual([]);
    const enRoute = await relate('Trucks of the 915th Freedonian Rifle Regiment were seen en route to Ostrova.', mentions);
    expect(presence(enRoute.lines)).toEqual([]);
    const sought = await relate('Elements of the 915th Freedonian Rifle Regiment are seeking to advance toward Ostrova.', mentions);
    expect(presence(sought.lines)).toEqual([]);
    const through = await relate('A column of the 915th Freedonian Rifle Regiment is moving through Belka toward Ostrova.', [regiment, city('Belka'), city('Ostrova')]);
    expect(presence(through.lines)).not.toContain('915th Freedonian Rifle Regiment operatesIn Ostrova');
  });
});
