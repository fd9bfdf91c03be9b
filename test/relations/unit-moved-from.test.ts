import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn ')).sort();

/**
 * Branch rel34 (issue 13): where a unit was redeployed from, it operated (not a transfer "from the X direction":
 * unit-presence.test.ts), and a relative clause of being somewhere places it (builtin.ts unit-sent-to-place, unit-stationed-at-place).
 */
describe('a unit moved on from a place, and one said in a relative clause to be there', () => {
  it('reads the place a unit was redeployed from', async () => {
    for (const text of ['The command redeployed the 12th Rifle Brigade from Velka to Tarnok.', 'The command is redeploying elements of the 12th Rifle Brigade from the Velka area to Tarnok.']) {
      const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Velka'), city('Tarnok')]);
      expect(presence(lines), text).toEqual(['12th Rifle Brigade operatesIn Tarnok', '12th Rifle Brigade operatesIn Velka']);
    }
  });

  it('reads no home a unit was deployed or moved from', async () => {
    for (const text of [
      'The command deployed the 12th Rifle Brigade from Velka to Tarnok.',
      'The command moved the 12th Rifle Brigade from Velka to Tarnok.',
      'The command transferred the 12th Rifle Brigade from the Velka direction to Tarnok.',
    ]) {
      const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Velka'), city('Tarnok')]);
      expect(presence(lines), text).toEqual(['12th Rifle Brigade operatesIn Tarnok']);
    }
  });

  it('reads a relative clause of being at a place, not of a forecast', async () => {
    const past = await relate('The 12th Rifle Brigade, which had arrived in Velka last week, is now defending Tarnok.', [unit('12th Rifle Brigade'), city('Velka'), city('Tarnok')]);
    expect(presence(past.lines)).toEqual(['12th Rifle Brigade operatesIn Tarnok', '12th Rifle Brigade operatesIn Velka']);
    const future = await relate('The 12th Rifle Brigade, which will arrive in Velka next week, is now defending Tarnok.', [unit('12th Rifle Brigade'), city('Velka'), city('Tarnok')]);
    expect(presence(future.lines)).toEqual(['12th Rifle Brigade operatesIn Tarnok']);
  });
});
