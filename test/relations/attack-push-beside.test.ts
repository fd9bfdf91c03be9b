import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, unit } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => l.includes(' attacked ')).sort();

/** Branch rec13 (issue 13): a push to one side of a place is no attack on it (mere-advance.ts pushesBeside). */
describe('attacks: a push to one side of a place', () => {
  it('reads no attack from a push west or southeast of a place', async () => {
    const beside = await relate('Freedonian troops pushed southeast of Tokmak and dug in along the ridge.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(beside.lines)).toEqual([]);
    const going = await relate('Elements of the 9th Tank Army are pushing slightly west of Tokmak.', [unit('9th Tank Army'), city('Tokmak')]);
    expect(attacks(going.lines)).toEqual([]);
  });

  it('still reads an attack where the push drove the other side back, or came with assaults', async () => {
    const drove = await relate('A Freedonian counteroffensive pushed Gorlandian forces 30 km east of Tokmak.', [demonym('Freedonian', 'FD'), demonym('Gorlandian', 'GL'), city('Tokmak')]);
    expect(attacks(drove.lines)).toEqual(['Freedonian attacked Tokmak']);
    const assaults = await relate('Freedonian troops conducted ground assaults to push west of Tokmak.', [demonym('Freedonian', 'FD'), city('Tokmak')]);
    expect(attacks(assaults.lines)).toEqual(['Freedonian attacked Tokmak']);
  });
});
