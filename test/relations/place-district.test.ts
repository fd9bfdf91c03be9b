import { describe, expect, it } from 'vitest';
import { city, region, relate } from './run.js';

/** Branch rel38 (issue 13): a district named by its town and a lowercase "district" (rules/place-district.ts). */
describe('a place in a district named with a lowercase "district" (place-in-named-district)', () => {
  it('reads "the Y district of Z Oblast" and "the Y hromada of northern Z Oblast" as Y in Z', async () => {
    const district = await relate('Missiles hit the village of Dolynka in the Tarnok district of Velka Oblast.', [city('Dolynka'), city('Tarnok'), region('Velka Oblast')]);
    expect(district.lines).toContain('Tarnok locatedIn Velka Oblast');
    const hromada = await relate('A sabotage group tried to cross into the Tarnok hromada of northern Velka Oblast.', [city('Tarnok'), region('Velka Oblast')]);
    expect(hromada.lines).toContain('Tarnok locatedIn Velka Oblast');
  });

  it('reads no region of a district near it, nor a town "in the Y district" without a comma', async () => {
    const near = await relate('Strikes hit the Tarnok district near Velka Oblast.', [city('Tarnok'), region('Velka Oblast')]);
    expect(near.lines).not.toContain('Tarnok locatedIn Velka Oblast');
    const verb = await relate('Troops who left Dolynka in the Tarnok district last week returned.', [city('Dolynka'), city('Tarnok')]);
    expect(verb.lines).not.toContain('Dolynka locatedIn Tarnok');
  });
});
