import { describe, expect, it } from 'vitest';
import { city, region, relate, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes('operatesIn')).sort();

describe('a unit placed by a verb of being or taking part goes on to a second locative phrase', () => {
  it('reads "participated in combat operations in A, B Oblast, and in C"', async () => {
    const { lines } = await relate('Elements of the 12th Rifle Brigade participated in combat operations in Dolynka, Tavria Oblast, and in Morivka, Stepna Oblast.', [
      unit('12th Rifle Brigade'), city('Dolynka'), region('Tavria Oblast'), city('Morivka'), region('Stepna Oblast'),
    ]);
    expect(presence(lines)).toEqual(['12th Rifle Brigade operatesIn Dolynka', '12th Rifle Brigade operatesIn Morivka']);
  });

  it('reads "were spotted in A and near B"', async () => {
    const { lines } = await relate('Elements of the 12th Rifle Brigade were spotted in Dolynka and near Morivka.', [unit('12th Rifle Brigade'), city('Dolynka'), city('Morivka')]);
    expect(presence(lines)).toEqual(['12th Rifle Brigade operatesIn Dolynka', '12th Rifle Brigade operatesIn Morivka']);
  });

  it('does not go on to a place the unit only heads for', async () => {
    const { lines } = await relate('Elements of the 12th Rifle Brigade are preparing for an offensive south of Dolynka towards Morivka.', [unit('12th Rifle Brigade'), city('Dolynka'), city('Morivka')]);
    expect(presence(lines)).toEqual(['12th Rifle Brigade operatesIn Dolynka']);
  });

  it('does not give a unit named by a noun phrase the place of another thing named after it', async () => {
    const { lines } = await relate('Partisans hit the command post of the 12th Rifle Brigade in Dolynka and an ammunition depot in Morivka.', [unit('12th Rifle Brigade'), city('Dolynka'), city('Morivka')]);
    expect(presence(lines)).toEqual(['12th Rifle Brigade operatesIn Dolynka']);
  });
});
