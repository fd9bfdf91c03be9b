import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const ua = demonym('Ukrainian', 'UA');

/** Branch rel31 (issue 13): clearing mines or rubble is no attack (cleared-obstacles.ts). */
describe('obstacles cleared (cleared-obstacles.ts)', () => {
  it('reads no attack from clearing mines or debris', async () => {
    for (const text of ['Footage shows Ukrainian forces clearing Russian mines near Tarnok.', 'Ukrainian sappers cleared debris in Tarnok on May 3.']) {
      const { lines } = await relate(text, [ua, city('Tarnok')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps an attack stated next to the clearing', async () => {
    const { lines } = await relate('Ukrainian forces cleared mines and shelled Tarnok on May 3.', [ua, city('Tarnok')]);
    expect(attacks(lines)).toEqual(['Ukrainian attacked Tarnok']);
  });
});
