import { describe, expect, it } from 'vitest';
import { city, relate, unit } from './run.js';

const presence = (lines: string[]): string[] => lines.filter((l) => l.includes(' operatesIn ')).sort();

describe('an attack statement toward a place made from a word that is no attack word places the unit (presence.ts, branch op16)', () => {
  it('places a unit whose strike heads for the place', async () => {
    const { lines } = await relate('Footage purported to show the 7th Guards Brigade striking an enemy concentration in the direction of Dubki.', [unit('7th Guards Brigade'), city('Dubki')]);
    expect(lines).toContain('7th Guards Brigade attacked Dubki');
    expect(presence(lines)).toEqual(['7th Guards Brigade operatesIn Dubki']);
  });

  it('places no unit at the place an attack statement only advances toward', async () => {
    const { lines } = await relate('Elements of the 7th Guards Brigade continued efforts to advance southeast from Lipki toward Dubki.', [unit('7th Guards Brigade'), city('Lipki'), city('Dubki')]);
    expect(lines).toContain('7th Guards Brigade attacked Dubki');
    expect(presence(lines)).not.toContain('7th Guards Brigade operatesIn Dubki');
  });

  it('places a unit at a place it moves toward (branch dir18), not one it is only heading to', async () => {
    // Asserted no presence until branch dir18, which reversed it from the read golds (a named unit moving or advancing
    // straight toward X: operatesIn in 3 of 4 sentences; unit-move-destination.ts).
    const { lines } = await relate('Elements of the 7th Guards Brigade are moving in the direction of Dubki.', [unit('7th Guards Brigade'), city('Dubki')]);
    expect(presence(lines)).toEqual(['7th Guards Brigade operatesIn Dubki']);
    const heading = await relate('Elements of the 7th Guards Brigade are heading toward Dubki.', [unit('7th Guards Brigade'), city('Dubki')]);
    expect(presence(heading.lines)).toEqual([]);
  });
});
