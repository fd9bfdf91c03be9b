import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

// Branch newsrel4: a name right after a city and a comma is the city's address, its first-level region, when the
// region has that name in the city's country ("Fresno, California": not the town of California, Maryland).
describe('a city’s address: the region after the comma', () => {
  it('reads the region of the city’s country, also where the bare name alone lacks evidence', async () => {
    const a = await places('The fair opened in Fresno, California, on Monday.');
    expect(find(a, 'California')?.placeKind).toBe('AdministrativeArea');
    expect(find(a, 'California')?.ref?.id).toBe('subdivision:US-CA');
    const b = await places('A storm hit Kearney, Nebraska last week.');
    expect(find(b, 'Nebraska')?.ref?.id).toBe('subdivision:US-NE');
  });

  it('leaves a list of cities, a name that goes on, a country and a possessive alone', async () => {
    expect(find(await places('Missiles struck Kyiv, Kharkiv, and Odesa overnight.'), 'Kharkiv')?.placeKind).toBe('City');
    expect(find(await places('Missiles struck Lviv, Kharkiv, Dnipro overnight.'), 'Kharkiv')?.placeKind).toBe('City');
    expect(find(await places('Shelling continued around Avdiivka, Donetsk City, and Marinka.'), 'Donetsk')).toBeUndefined();
    expect(find(await places('The ministers met in Cancun, Mexico, on Friday.'), 'Mexico')?.placeKind).toBe('Country');
    expect(find(await places('In Washington, Georgia’s foreign minister spoke.'), 'Georgia')?.placeKind).toBe('Country');
  });
});
