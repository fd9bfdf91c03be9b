import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes(' foughtAgainst '));
const bel = demonym('Belarusian', 'BY');
const mol = demonym('Moldovan', 'MD');

describe('encircling the other side’s forces, and losses inflicted in a second verb phrase', () => {
  it('reads encircling forces as fighting them', async () => {
    const { lines } = await relate('Belarusian troops encircled a Moldovan detachment near Dolynka.', [bel, mol, city('Dolynka')]);
    expect(fights(lines)).toEqual(['Belarusian foughtAgainst Moldovan']);
  });

  it('gives no fight for encircling positions, or for a plan to encircle forces', async () => {
    const positions = await relate('Belarusian troops encircled Moldovan positions near Dolynka.', [bel, mol, city('Dolynka')]);
    expect(fights(positions.lines)).toEqual([]);
    const plan = await relate('Belarusian troops will likely prioritize encircling Moldovan troops in Dolynka.', [bel, mol, city('Dolynka')]);
    expect(fights(plan.lines)).toEqual([]);
  });

  it('carries the actor over "and" to losses inflicted, past a name in the first verb phrase', async () => {
    const { lines } = await relate('Belarusian forces retook Dolynka from Moldovan troops and inflicted heavy casualties on Moldovan infantry units.', [bel, city('Dolynka'), mol, demonym('Moldovan', 'MD', 1)]);
    expect(fights(lines)).toEqual(['Belarusian foughtAgainst Moldovan']);
  });
});
