import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, region, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

/** Branch rel31 (issue 13): a presence in a country's owned place is in that place, not the owner (attack-owner.ts). */
describe('an owner country of where a unit is (attack-owner.ts, operatesIn)', () => {
  it('moves the presence to the place the possessive names or the owned area lies in', async () => {
    const oblast = await relate('The 12th Rifle Brigade is stationed in Ruritania’s Brisk Oblast.', [unit('12th Rifle Brigade'), country('Ruritania', 'RT'), region('Brisk Oblast')]);
    expect(presence(oblast.lines)).toEqual(['12th Rifle Brigade operatesIn Brisk Oblast']);
    const area = await relate('The 12th Rifle Brigade is based in Ruritania’s occupied territory in Brisk Oblast.', [unit('12th Rifle Brigade'), country('Ruritania', 'RT'), region('Brisk Oblast')]);
    expect(presence(area.lines)).toEqual(['12th Rifle Brigade operatesIn Brisk Oblast']);
  });

  it('keeps the country when no place of the owned thing is named, and a city owner', async () => {
    const east = await relate('The 12th Rifle Brigade is stationed in Ruritania’s east.', [unit('12th Rifle Brigade'), country('Ruritania', 'RT')]);
    expect(presence(east.lines)).toEqual(['12th Rifle Brigade operatesIn Ruritania']);
    const plain = await relate('The 12th Rifle Brigade is stationed in Tarnok.', [unit('12th Rifle Brigade'), city('Tarnok')]);
    expect(presence(plain.lines)).toEqual(['12th Rifle Brigade operatesIn Tarnok']);
  });
});
