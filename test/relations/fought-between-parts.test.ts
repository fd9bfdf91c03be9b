import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes(' foughtAgainst '));
const ua = demonym('Ukrainian', 'UA');

/** Branch iswatk4: fighting between a party and elements of a named unit (fought-between). */
describe('fighting between a party and a part of a named unit (fought-between)', () => {
  it('reads the unit whose elements fight', async () => {
    const { lines } = await relate('Heavy fighting between Ukrainian units and elements of the 14th Brigade continues near Tokmak.', [ua, unit('14th Brigade'), city('Tokmak')]);
    expect(fights(lines)).toEqual(['Ukrainian foughtAgainst 14th Brigade']);
  });

  it('reads no fight when the elements are only deployed beside the forces', async () => {
    const { lines } = await relate('The deployment of Ukrainian forces and elements of the 14th Brigade continues near Tokmak.', [ua, unit('14th Brigade'), city('Tokmak')]);
    expect(fights(lines)).toEqual([]);
  });
});
