import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));

describe('attack pushback: where the pushed side went is no target', () => {
  it('drops the region the other side was pushed back into', async () => {
    const { lines } = await relate('Ukrainian counterattacks pushed Russian troops back into Zaporizhia Oblast last week.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      region('Zaporizhia Oblast'),
    ]);
    expect(attacks(lines)).toEqual([]);
  });

  it('drops the place the other side was pushed away from', async () => {
    const { lines } = await relate('Russian forces conducted assaults to push Ukrainian units away from positions north of Tokmak.', [
      demonym('Russian', 'RU'),
      demonym('Ukrainian', 'UA'),
      city('Tokmak'),
    ]);
    expect(attacks(lines)).toEqual([]);
  });

  it('keeps an attack whose place comes after the push in another clause', async () => {
    const { lines } = await relate('Ukrainian forces pushed Russian troops back, and Ukrainian forces shelled Tokmak.', [
      demonym('Ukrainian', 'UA'),
      demonym('Russian', 'RU'),
      demonym('Ukrainian', 'UA', 1),
      city('Tokmak'),
    ]);
    expect(lines).toContain('Ukrainian attacked Tokmak');
  });

  it('keeps a push on a place', async () => {
    const { lines } = await relate('Russian forces continued pushing on Tokmak.', [demonym('Russian', 'RU'), city('Tokmak')]);
    expect(lines).toContain('Russian attacked Tokmak');
  });
});
