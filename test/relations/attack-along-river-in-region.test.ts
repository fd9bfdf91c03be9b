import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked '));
const river = (text: string) => ({ text, type: 'Place' as const, placeKind: 'Place' as const });

describe('attacks along a river in a region are in the region', () => {
  it('reads "along the X River in Y Oblast" as an attack in Y, not on the river', async () => {
    const a = await relate('Ukrainian forces conducted counteroffensive operations along the Alpha River in northeastern Beta Oblast on Monday.', [
      demonym('Ukrainian', 'UA'),
      river('Alpha River'),
      region('Beta Oblast'),
    ]);
    expect(attacks(a.lines)).toEqual(['Ukrainian attacked Beta Oblast']);
    const b = await relate('Russian forces shelled settlements along the Alpha River in Beta Oblast.', [demonym('Russian', 'RU'), river('Alpha River'), region('Beta Oblast')]);
    expect(attacks(b.lines)).toEqual(['Russian attacked Beta Oblast']);
  });

  it('keeps a town located in its region as the only target, and reads no firing in defensive measures', async () => {
    const a = await relate('Russian forces shelled Ivanivka in Beta Oblast.', [demonym('Russian', 'RU'), city('Ivanivka'), region('Beta Oblast')]);
    expect(attacks(a.lines)).toEqual(['Russian attacked Ivanivka']);
    const b = await relate('Russian troops conducted defensive measures and moved personnel on the east bank of the Alpha River in Beta Oblast on Tuesday.', [
      demonym('Russian', 'RU'),
      river('Alpha River'),
      region('Beta Oblast'),
    ]);
    expect(attacks(b.lines)).toEqual([]);
  });
});
