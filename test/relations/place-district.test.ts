import { describe, expect, it } from 'vitest';
import { city, region, relate } from './run.js';

/** Branch rel38 (issue 13): a district named by its town and a lowercase "district" (rules/place-district.ts). */
describe('a place in a district named with a lowercase "district" (place-in-named-district)', () => {
  it('reads "the village of X in the Y district of Z Oblast" as X in Y and Y in Z', async () => {
    const { lines } = await relate('Missiles hit the village of Dolynka in the Tarnok district of Velka Oblast.', [city('Dolynka'), city('Tarnok'), region('Velka Oblast')]);
    expect(lines).toContain('Dolynka locatedIn Tarnok');
    expect(lines).toContain('Tarnok locatedIn Velka Oblast');
  });

  it('reads no district of a list of districts, nor a town merely near one', async () => {
    const list = await relate('Strikes hit Dolynka in the Tarnok and Orlivka districts.', [city('Dolynka'), city('Tarnok'), city('Orlivka')]);
    expect(list.lines).not.toContain('Dolynka locatedIn Orlivka');
    const near = await relate('Strikes hit Dolynka near the Tarnok district.', [city('Dolynka'), city('Tarnok')]);
    expect(near.lines).not.toContain('Dolynka locatedIn Tarnok');
  });
});
