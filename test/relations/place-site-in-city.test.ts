import { describe, expect, it } from 'vitest';
import { city, relate, site } from './run.js';

const located = (lines: string[]) => lines.filter((l) => / locatedIn /.test(l)).sort();

/** Branch iswrel6: a site named before its lowercase kind lies in the city after "in" (place-site-area.ts). */
describe('a site named before its kind, in a city (place-site-in-area)', () => {
  it('places the site of a steel plant or a factory in the city after it', async () => {
    const plant = await relate('Defenders held the Orbinstal steel plant in eastern Velna on Monday.', [site('Orbinstal'), city('Velna')]);
    expect(located(plant.lines)).toEqual(['Orbinstal locatedIn Velna']);
    const factory = await relate('Residents reported a strike on Orbinstal factory in Velna.', [site('Orbinstal'), city('Velna')]);
    expect(located(factory.lines)).toEqual(['Orbinstal locatedIn Velna']);
  });

  it('does not place a city named by a plant in another city', async () => {
    const { lines } = await relate('Drones struck the Orbino steel plant in Velna on Monday.', [city('Orbino'), city('Velna')]);
    expect(located(lines)).toEqual([]);
  });
});
