import { describe, expect, it } from 'vitest';
import { city, region, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => / locatedIn /.test(l)).sort();

/** Branch iswstruct4 (issue 13): towns named as areas or local communities "of" a region (builtin.ts place-in-area). */
describe('towns named as the areas or hromadas of a region', () => {
  it('places each town of "the A, B, and C areas of Y Oblast" and "the A and B hromadas of Y Raion" in the region', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1], string[]]> = [
      ['Strikes destroyed depots in the Orlivka, Semenka, and Dolynka areas of Velka Oblast.', [city('Orlivka'), city('Semenka'), city('Dolynka'), region('Velka Oblast')], ['Dolynka locatedIn Velka Oblast', 'Orlivka locatedIn Velka Oblast', 'Semenka locatedIn Velka Oblast']],
      ['Troops attacked in the Orlivka area of occupied Velka Oblast.', [city('Orlivka'), region('Velka Oblast')], ['Orlivka locatedIn Velka Oblast']],
      ['Missiles hit the Orlivka and Semenka hromadas of Velka Raion.', [city('Orlivka'), city('Semenka'), region('Velka Raion')], ['Orlivka locatedIn Velka Raion', 'Semenka locatedIn Velka Raion']],
    ];
    for (const [text, mentions, want] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual(want);
    }
  });

  it('reads no area of something that is no wider place, nor of a town abroad', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1]]> = [
      // "of the front": no place after "of".
      ['Troops attacked toward the Orlivka area of the front near Semenka.', [city('Orlivka'), city('Semenka')]],
      // A town of another country is not placed in the region.
      ['Troops attacked in the Orlivka area of Velka Oblast.', [city('Orlivka', 'OS'), { ...region('Velka Oblast'), ref: 'test:Velka Oblast', country: 'VD' }]],
      // Two towns: neither lies in the other by "area of".
      ['Troops attacked in the Orlivka area of Semenka.', [city('Orlivka'), city('Semenka')]],
    ];
    for (const [text, mentions] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual([]);
    }
  });
});
