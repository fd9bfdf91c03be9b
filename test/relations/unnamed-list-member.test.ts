import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const ru = demonym('Russian', 'RU');
const ua = demonym('Ukrainian', 'UA');
const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rel35 (issue 13): a list member no recognizer marked does not end the attacked list (unnamed-list-member.ts). */
describe('attacked list past an unnamed member (attack-list-continuation.ts)', () => {
  it('carries the attack past a capitalized member with its bracket', async () => {
    const { lines } = await relate('Ukrainian forces repelled Russian attacks near Varnok (12km north), Telmin (8km east), Dorva Mala (5km north), Ostrava (9km west), and Kelmy (3km south).', [
      ua,
      ru,
      city('Varnok'),
      city('Telmin'),
      city('Ostrava'),
      city('Kelmy'),
    ]);
    expect(attacks(lines)).toEqual(['Russian attacked Kelmy', 'Russian attacked Ostrava', 'Russian attacked Telmin', 'Russian attacked Varnok']);
  });

  it('stops at capitalized words that do not lead on to a place of the list', async () => {
    const { lines } = await relate('Russian forces shelled Varnok and Telmin, Ukrainian Mayor Ivan Dorov said, and residents fled to Ostrava.', [ru, city('Varnok'), city('Telmin'), city('Ostrava')]);
    expect(attacks(lines)).toEqual(['Russian attacked Telmin', 'Russian attacked Varnok']);
    const clause = await relate('Russian forces shelled Varnok, Telmin, and Kelmy, Reuters reported, and Ostrava remained calm.', [ru, city('Varnok'), city('Telmin'), city('Kelmy'), city('Ostrava')]);
    expect(attacks(clause.lines)).toEqual(['Russian attacked Kelmy', 'Russian attacked Telmin', 'Russian attacked Varnok']);
  });
});
