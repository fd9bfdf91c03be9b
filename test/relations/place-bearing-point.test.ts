import { describe, expect, it } from 'vitest';
import { city, region, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => / locatedIn /.test(l)).sort();

/** Branch iswstruct4 (issue 13): a bearing's reference point in containment rules (stage.ts, bearing-point.ts). */
describe('a bearing’s reference point is no wider place and no item a region locates', () => {
  it('places nothing in a region named after "east of"', async () => {
    const { lines } = await relate('Troops may have captured Orlivka, east of Velka Oblast, on Monday.', [city('Orlivka'), region('Velka Oblast')]);
    expect(located(lines)).toEqual([]);
  });

  it('does not place a reference point in a region set apart from it by a comma', async () => {
    const { lines } = await relate('Troops recaptured territory east of Orlivka, in Velka Oblast, and around Semenka.', [city('Orlivka'), region('Velka Oblast'), city('Semenka')]);
    expect(located(lines)).toEqual([]);
  });

  it('still places a reference point in the region right after it, and a town in its own apposition', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1], string[]]> = [
      ['Troops secured territory north of Orlivka in Velka Oblast.', [city('Orlivka'), region('Velka Oblast')], ['Orlivka locatedIn Velka Oblast']],
      ['Troops shelled the frontline west of Orlivka, Velka Oblast.', [city('Orlivka'), region('Velka Oblast')], ['Orlivka locatedIn Velka Oblast']],
      ['Troops shelled Semenka, in Velka Oblast, and Dolynka.', [city('Semenka'), region('Velka Oblast'), city('Dolynka')], ['Semenka locatedIn Velka Oblast']],
    ];
    for (const [text, mentions, want] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual(want);
    }
  });
});
