import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const operates = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn')).sort();

describe('the later items of a "toward" list are read with the words before its head (presence.ts)', () => {
  it('places a unit in none of the towns it only advances toward, first or later in the list', async () => {
    const advance = await relate('Elements of the 12th Rifle Division are regrouping to advance in the direction of Dubki and Lipki.', [
      unit('12th Rifle Division'),
      city('Dubki'),
      city('Lipki'),
    ]);
    expect(operates(advance.lines)).toEqual([]);
  });

  it('places a unit in every town of a list its stated attack heads for, the campaign noun too (branch op16)', async () => {
    const offensive = await relate('The 3rd Tank Army is trying to renew the offensive toward Dubki, Lipki, and Orlovo from the north.', [
      unit('3rd Tank Army'),
      city('Dubki'),
      city('Lipki'),
      city('Orlovo'),
    ]);
    expect(operates(offensive.lines)).toEqual(['3rd Tank Army operatesIn Dubki', '3rd Tank Army operatesIn Lipki', '3rd Tank Army operatesIn Orlovo']);
  });

  it('still places a unit in every town of a list it attacked toward, and (branch dir18) in both towns of an advance then an attack', async () => {
    const attack = await relate('The 9th Rifle Division attacked toward Dubki and Lipki on Monday.', [unit('9th Rifle Division'), city('Dubki'), city('Lipki')]);
    expect(operates(attack.lines)).toEqual(['9th Rifle Division operatesIn Dubki', '9th Rifle Division operatesIn Lipki']);
    // Asserted no presence until branch dir18, which reversed it from the read golds (a named unit moving or advancing
    // straight toward X: operatesIn in 3 of 4 sentences; unit-move-destination.ts).
    const separate = await relate('The 9th Rifle Division advanced toward Dubki and attacked Lipki.', [unit('9th Rifle Division'), city('Dubki'), city('Lipki')]);
    expect(operates(separate.lines)).toEqual(['9th Rifle Division operatesIn Dubki', '9th Rifle Division operatesIn Lipki']);
  });
});
