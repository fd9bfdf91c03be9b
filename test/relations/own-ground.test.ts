import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => l.includes(' captured '));

// Branch iswprec (issue 13): a country's forces that still hold a town of their own country did not capture it (own-ground.ts).
describe('a defender still holding its own ground (own-ground.ts)', () => {
  const town = city('Tarnok', 'UA');

  it('reads no capture when the forces of the town\u2019s own country still hold it', async () => {
    for (const text of [
      'Geolocated footage shows that Ukrainian forces still control Tarnok as of Monday.',
      'Officials stressed that Ukrainian units are still in control of Tarnok.',
      'Ukrainian forces still firmly hold Tarnok.',
    ]) {
      const { lines } = await relate(text, [demonym('Ukrainian', 'UA'), town]);
      expect(captures(lines), text).toEqual([]);
    }
  });

  it('keeps an occupier that still holds a town, and a defender that took a town back', async () => {
    const occupier = await relate('Officials said that Russian forces still control Tarnok.', [demonym('Russian', 'RU'), town]);
    expect(occupier.lines).toContain('Russian captured Tarnok');
    const back = await relate('Ukrainian forces control Tarnok after liberating it on Monday.', [demonym('Ukrainian', 'UA'), town]);
    expect(back.lines).toContain('Ukrainian captured Tarnok');
  });
});
