import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const fights = (lines: string[]) => lines.filter((l) => l.includes(' foughtAgainst '));
const bel = demonym('Belarusian', 'BY');
const mol = demonym('Moldovan', 'MD');

describe('a nationality fought names forces, and reporters are no sides', () => {
  it('reads forces clashing with the other side’s troops', async () => {
    const { lines } = await relate('Belarusian forces clashed with Moldovan troops near Dolynka.', [bel, mol, city('Dolynka')]);
    expect(fights(lines)).toEqual(['Belarusian foughtAgainst Moldovan']);
  });

  it('gives no fight for fighting against the other side’s assaults, or battling its positions', async () => {
    const assaults = await relate('Belarusian troops fought against Moldovan assaults near Dolynka.', [bel, mol, city('Dolynka')]);
    expect(fights(assaults.lines)).toEqual([]);
    const positions = await relate('Belarusian forces tried to reconnoiter by battle Moldovan positions near Dolynka.', [bel, mol, city('Dolynka')]);
    expect(fights(positions.lines)).toEqual([]);
  });

  it('gives no fight between two nationalities’ sources reporting fighting', async () => {
    const sources = await relate('Belarusian and Moldovan sources reported fighting near Dolynka.', [bel, mol, city('Dolynka')]);
    expect(fights(sources.lines)).toEqual([]);
    const forces = await relate('Belarusian and Moldovan forces continued fighting near Dolynka.', [bel, mol, city('Dolynka')]);
    expect(fights(forces.lines)).toEqual(['Belarusian foughtAgainst Moldovan']);
  });
});
