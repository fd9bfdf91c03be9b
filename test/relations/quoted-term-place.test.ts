import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]) => lines.filter((l) => l.includes(' operatesIn '));

/** Branch rel34 (issue 13): quotation marks around a term between a unit's action and its place are passed like its words (builtin.ts AFTER_ACTION). */
describe('a quoted term between a unit’s action and the place', () => {
  it('reads the place after a quoted term', async () => {
    for (const text of [
      'The 12th Rifle Brigade is maintaining the “perimeter defense” of Tarnok.',
      'Elements of the 12th Rifle Brigade gained positions along more “favorable lines” in Tarnok.',
    ]) {
      const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Tarnok')]);
      expect(presence(lines), text).toEqual(['12th Rifle Brigade operatesIn Tarnok']);
    }
  });

  it('reads no place further from the action than before', async () => {
    const text = 'The 12th Rifle Brigade took an active part in the first stages of the long war in Tarnok.';
    const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Tarnok')]);
    expect(presence(lines)).toEqual([]);
  });
});
