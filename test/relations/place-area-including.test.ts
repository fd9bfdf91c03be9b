import { describe, expect, it } from 'vitest';
import { country } from './annotate.js';
import { city, region, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => / locatedIn /.test(l)).sort();

/** Branch iswstruct3 (issue 13): a region, then the places of it picked out (place-area-including.ts). */
describe('a region, then the places of it picked out (area-including-places)', () => {
  it('places each picked-out town in the region', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1], string[]]> = [
      ['Strikes hit rear areas in occupied Velna Oblast, including Orbino, Kravets, and Dolmeny.', [region('Velna Oblast'), city('Orbino'), city('Kravets'), city('Dolmeny')], ['Dolmeny locatedIn Velna Oblast', 'Kravets locatedIn Velna Oblast', 'Orbino locatedIn Velna Oblast']],
      ['Troops shell civilian areas in southern Velna Oblast, particularly Orbino City.', [region('Velna Oblast'), city('Orbino City')], ['Orbino City locatedIn Velna Oblast']],
      ['Jets flew from many airfields throughout Velna Oblast, including near Orbino and Kravets.', [region('Velna Oblast'), city('Orbino'), city('Kravets')], ['Kravets locatedIn Velna Oblast', 'Orbino locatedIn Velna Oblast']],
    ];
    for (const [text, mentions, want] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual(want);
    }
  });

  it('reads nothing without the picking word, over a list of regions, or for a town abroad', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1]]> = [
      ['Strikes hit rear areas in Velna Oblast, and Orbino was quiet.', [region('Velna Oblast'), city('Orbino')]],
      // Where the things named are most, not a place picked out of the region.
      ['Guards harass civilians at checkpoints in Velna Oblast, particularly in Orbino.', [region('Velna Oblast'), city('Orbino')]],
      ['Strikes hit areas in Velna and Dolna Oblasts, including Orbino.', [region('Velna'), region('Dolna Oblasts'), city('Orbino')]],
      ['Strikes hit targets in eastern Ostland, including Orbino.', [country('Ostland', 'OS'), city('Orbino', 'VD')]],
    ];
    for (const [text, mentions] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual([]);
    }
  });
});
