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

/** Branch rel37 (issue 13): a semicolon list's next group after a list the rules read only in part (attack-list-continuation.ts). */
describe('attacked semicolon groups after a broken list', () => {
  // "Krasna Vyshnia" stands for a member no recognizer marked: the rules' own list stops there.
  const mentions = [demonym('Ukrainian', 'UA'), ru, city('Tarnok'), city('Tarnok', undefined, 1), city('Tarnok', undefined, 2), city('Pelm'), city('Dubno'), city('Ostrova'), city('Lisne')];

  it('goes on past "; and west of X near D" to D and the places listed after it', async () => {
    const { lines } = await relate(
      'Ukrainian forces repelled Russian attacks on Tarnok itself; north of Tarnok near Pelm (5km north), Krasna Vyshnia (7km north), and Dubno (9km north); and west of Tarnok near Ostrova (10km west) and Lisne.',
      mentions,
    );
    expect(attacks(lines)).toEqual(['Russian attacked Dubno', 'Russian attacked Lisne', 'Russian attacked Ostrova', 'Russian attacked Pelm', 'Russian attacked Tarnok']);
  });

  it('does not read a clause after the semicolon as a group of the list', async () => {
    const { lines } = await relate(
      'Ukrainian forces repelled Russian attacks near Pelm (5km north), Krasna Vyshnia (7km north), and Dubno (9km north); in Ostrova, Ukrainian officials reported casualties.',
      [demonym('Ukrainian', 'UA'), ru, city('Pelm'), city('Dubno'), city('Ostrova'), demonym('Ukrainian', 'UA', 1)],
    );
    expect(attacks(lines)).not.toContain('Russian attacked Ostrova');
  });
});
