import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn')).sort();

describe('where a unit withdrew to is no place it operates in', () => {
  it('drops "withdrew to X" and "are being withdrawn to the X area"', async () => {
    const withdrew = await relate('Elements of the 12th Rifle Brigade withdrew to Freedonia after sustaining heavy losses.', [unit('12th Rifle Brigade'), country('Freedonia', 'FD')]);
    expect(presence(withdrew.lines)).toEqual([]);
    const withdrawn = await relate('Units of the 12th Rifle Brigade are being withdrawn to the Dolynka area to restore combat capability.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(withdrawn.lines)).toEqual([]);
  });

  it('keeps the place it withdrew from and where it fought before', async () => {
    const { lines } = await relate('Elements of the 12th Rifle Brigade withdrew to Dolynka to reconstitute and refit after losses sustained around Morivka.', [unit('12th Rifle Brigade'), city('Dolynka'), city('Morivka')]);
    expect(presence(lines)).toEqual(['12th Rifle Brigade operatesIn Morivka']);
    const from = await relate('Elements of the 12th Rifle Brigade withdrew from Morivka.', [unit('12th Rifle Brigade'), city('Morivka')]);
    expect(presence(from.lines)).toEqual(['12th Rifle Brigade operatesIn Morivka']);
  });

  it('keeps a redeployment to a place', async () => {
    const { lines } = await relate('Elements of the 12th Rifle Brigade redeployed to Dolynka.', [unit('12th Rifle Brigade'), city('Dolynka')]);
    expect(presence(lines)).toEqual(['12th Rifle Brigade operatesIn Dolynka']);
  });
});
