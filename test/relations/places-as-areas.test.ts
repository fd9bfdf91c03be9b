import { describe, expect, it } from 'vitest';
import { city, region, relate } from './run.js';

const located = (lines: string[]): string[] => lines.filter((l) => l.includes('locatedIn'));

describe('places named as areas or directions in a region', () => {
  it('locates each place of "A and B areas in Z Oblast" and "the A-B area in Z"', async () => {
    const list = await relate('Shelling hit the Polohy and Orikhiv areas in Poltava Oblast.', [city('Polohy'), city('Orikhiv'), region('Poltava Oblast')]);
    expect(list.lines).toContain('Polohy locatedIn Poltava Oblast');
    expect(list.lines).toContain('Orikhiv locatedIn Poltava Oblast');
    const pair = await relate('Strikes were reported near the Polohy-Orikhiv area in Poltava Oblast.', [city('Polohy'), city('Orikhiv'), region('Poltava Oblast')]);
    expect(pair.lines).toContain('Orikhiv locatedIn Poltava Oblast');
  });

  it('reads nothing of a place near another, or of an area word that belongs to another phrase', async () => {
    const near = await relate('Shelling hit areas near Polohy, and fighting continued in Poltava Oblast.', [city('Polohy'), region('Poltava Oblast')]);
    expect(located(near.lines)).toEqual([]);
  });
});
