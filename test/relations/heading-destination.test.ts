import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn')).sort();

describe('where a unit is on its way to is no place it operates in (heading-destination.ts)', () => {
  // "are moving toward X" asserted no presence here until branch dir18; the read golds mark a named unit moving or
  // advancing straight toward X as there (3 of 4), so it is now a positive of unit-move-destination.test.ts.
  it('drops a destination of a movement under way', async () => {
    const heading = await relate('Servicemen of the 12th Rifle Brigade are heading to Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(heading.lines)).toEqual([]);
    const enRoute = await relate('A column of the 12th Rifle Brigade was seen en route to Dolynka on Monday.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(enRoute.lines)).toEqual([]);
    const fromTo = await relate('Elements of the 12th Rifle Brigade are moving from Morivka toward Dolynka.', [unit('12th Rifle Brigade'), city('Morivka'), city('Dolynka')]);
    expect(presence(fromTo.lines)).not.toContain('12th Rifle Brigade operatesIn Dolynka');
  });

  it('keeps a sending, an arrival and an attack toward the place', async () => {
    const redeployed = await relate('Russian forces redeployed elements of the 12th Rifle Brigade to Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(redeployed.lines)).toEqual(['12th Rifle Brigade operatesIn Dolynka']);
    const moved = await relate('Russian commanders moved a battalion of the 12th Rifle Brigade to Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(moved.lines)).toEqual(['12th Rifle Brigade operatesIn Dolynka']);
    const attacking = await relate('Elements of the 12th Rifle Brigade attacked toward Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(attacking.lines)).toEqual(['12th Rifle Brigade operatesIn Dolynka']);
  });
});
