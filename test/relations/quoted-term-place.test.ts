import { describe, expect, it } from 'vitest';
import { city, org, relate, unit } from './run.js';

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
    const text = 'The 12th Rifle Brigade took an active part in the opening phases of the long war in Tarnok.';
    const { lines } = await relate(text, [unit('12th Rifle Brigade'), city('Tarnok')]);
    expect(presence(lines)).toEqual([]);
  });
});

/** Branch rel34 (issue 13): the same for an organization's own act reported by it (org-activity.ts OPENERS). */
describe('a quoted term in an organization’s report of its own act', () => {
  it('reads the place after a quoted term, not a forecast', async () => {
    const done = await relate('The Border Service announced that it has opened “temporary offices” and deployed its employees to occupied Tarnok.', [
      org('Border Service'),
      city('Tarnok'),
    ]);
    expect(presence(done.lines)).toEqual(['Border Service operatesIn Tarnok']);
    const forecast = await relate('The Border Service is “likely to begin” recruiting prisoners in Tarnok.', [org('Border Service'), city('Tarnok')]);
    expect(presence(forecast.lines)).toEqual([]);
  });
});
