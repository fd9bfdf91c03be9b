import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();
const ru = demonym('Russian', 'RU');

/** Branch rel37 (issue 13): places an attacked list goes on to after area words (attack-list-continuation.ts). */
describe('attacked places named after "in the areas of" and "surrounding settlements of"', () => {
  it('reads the places of "in the areas of B and C" after the attacked place', async () => {
    const { lines } = await relate('Russian forces conducted artillery strikes around Tarnok in the areas of Pelm and Ostrova.', [ru, city('Tarnok'), city('Pelm'), city('Ostrova')]);
    expect(attacks(lines)).toEqual(['Russian attacked Ostrova', 'Russian attacked Pelm']);
  });

  it('reads "and surrounding settlements of B and C" with or without "the"', async () => {
    for (const text of ['Russian forces shelled Tarnok and surrounding settlements of Pelm and Ostrova.', 'Russian forces shelled Tarnok and the nearby villages of Pelm and Ostrova.']) {
      const { lines } = await relate(text, [ru, city('Tarnok'), city('Pelm'), city('Ostrova')]);
      expect(attacks(lines)).toEqual(['Russian attacked Ostrova', 'Russian attacked Pelm', 'Russian attacked Tarnok']);
    }
  });

  it('does not go on to places of "the areas of" in another clause or without an attack before', async () => {
    const other = await relate('Russian forces shelled Tarnok, and officials evacuated residents in the areas of Pelm and Ostrova.', [ru, city('Tarnok'), city('Pelm'), city('Ostrova')]);
    expect(attacks(other.lines)).toEqual(['Russian attacked Tarnok']);
    const none = await relate('Russian forces concentrated troops around Tarnok in the areas of Pelm and Ostrova.', [ru, city('Tarnok'), city('Pelm'), city('Ostrova')]);
    expect(attacks(none.lines)).toEqual([]);
  });
});

/** Branch rel37 (issue 13): a date after a member does not end an attacked list (attack-list-continuation.ts). */
describe('attacked lists with a date after a member', () => {
  it('goes on past "on May 5 and" and "on May 5-7 and" to the next place', async () => {
    for (const date of ['on May 5', 'on May 5-7', 'on May 5 and 6']) {
      const { lines } = await relate(`Russian forces shelled Tarnok and Pelm ${date} and Ostrova on May 8.`, [ru, city('Tarnok'), city('Pelm'), city('Ostrova')]);
      expect(attacks(lines)).toEqual(['Russian attacked Ostrova', 'Russian attacked Pelm', 'Russian attacked Tarnok']);
    }
  });

  it('does not go on to a place of another clause after the date', async () => {
    const { lines } = await relate('Russian forces shelled Tarnok on May 5 and Ukrainian officials in Ostrova reported casualties.', [ru, city('Tarnok'), demonym('Ukrainian', 'UA'), city('Ostrova')]);
    expect(attacks(lines)).toEqual(['Russian attacked Tarnok']);
  });
});
