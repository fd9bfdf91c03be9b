import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, region, relate } from './run.js';

const located = (lines: string[]) => lines.filter((l) => / locatedIn /.test(l)).sort();

/** Branch iswstruct3 (issue 13): a town named with a site of it, or with others like it, before "in Y" (place-site-area.ts). */
describe('a town named with a site of it before "in Y" (place-site-in-area)', () => {
  it('places the town of a checkpoint, a plant, an office or a list of hromadas in the region after them', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1], string[]]> = [
      ['Guards stopped every car at the Orbino checkpoint in Velna Oblast.', [city('Orbino'), region('Velna Oblast')], ['Orbino locatedIn Velna Oblast']],
      ['Drones struck the Orbino thermal power plant in occupied Velna Oblast.', [city('Orbino'), region('Velna Oblast')], ['Orbino locatedIn Velna Oblast']],
      ['A man set fire to the Orbino military recruitment office in northern Velna Oblast.', [city('Orbino'), region('Velna Oblast')], ['Orbino locatedIn Velna Oblast']],
      ['Shells hit Orbino, Kravets, and Dolmeny hromadas in Velna Oblast.', [city('Orbino'), city('Kravets'), city('Dolmeny'), region('Velna Oblast')], ['Dolmeny locatedIn Velna Oblast', 'Kravets locatedIn Velna Oblast', 'Orbino locatedIn Velna Oblast']],
      ['Jets landed at the Orbino airfield in Ostland.', [city('Orbino', 'OS'), country('Ostland', 'OS')], ['Orbino locatedIn Ostland']],
    ];
    for (const [text, mentions, want] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual(want);
    }
  });

  it('reads no town before a word that is no site, a water body, or a phrase of the verb', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1]]> = [
      // An axis, residents, a reservoir: none of them is a site the town holds.
      ['Reinforcements from the Orbino axis in Velna Oblast regrouped.', [city('Orbino'), region('Velna Oblast')]],
      ['Orbino residents in Velna Oblast received vouchers.', [city('Orbino'), region('Velna Oblast')]],
      ['Troops held positions along the Orbino reservoir in Velna Oblast.', [city('Orbino'), region('Velna Oblast')]],
      // A verb's phrase between the town and the site: the site in Y is not the town's.
      ['Troops shelled Orbino with the artillery base in Velna Oblast.', [city('Orbino'), region('Velna Oblast')]],
      // A town of another country is not placed in the region.
      ['Jets left the Orbino airfield in Ostland.', [city('Orbino', 'VD'), country('Ostland', 'OS')]],
    ];
    for (const [text, mentions] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual([]);
    }
  });
});

describe('a town and others like it before "in Y" (place-and-others-in-area)', () => {
  it('places the town named with the other settlements or areas of the region', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1], string[]]> = [
      ['Shelling hit Orbino and other settlements in Velna Oblast.', [city('Orbino'), region('Velna Oblast')], ['Orbino locatedIn Velna Oblast']],
      ['Civilians left Orbino City and other areas of southern Velna Oblast.', [city('Orbino City'), region('Velna Oblast')], ['Orbino City locatedIn Velna Oblast']],
      ['Rockets struck Orbino, Kravets, and several other towns in Velna Oblast.', [city('Orbino'), city('Kravets'), region('Velna Oblast')], ['Kravets locatedIn Velna Oblast', 'Orbino locatedIn Velna Oblast']],
      // The region may go on with a clause of its own.
      ['Pupils from Orbino, Kravets, and other settlements in occupied Velna Oblast traveled abroad.', [city('Orbino'), city('Kravets'), region('Velna Oblast')], ['Kravets locatedIn Velna Oblast', 'Orbino locatedIn Velna Oblast']],
    ];
    for (const [text, mentions, want] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual(want);
    }
  });

  it('reads nothing when the others are not places or lie elsewhere', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1]]> = [
      ['Troops left Orbino and other units in Velna Oblast regrouped.', [city('Orbino'), region('Velna Oblast')]],
      // Regions in a list: which of them holds which town is not said.
      ['Drones hit Orbino, Kravets, and other areas in Velna and Dolna Oblasts.', [city('Orbino'), city('Kravets'), region('Velna'), region('Dolna Oblasts')]],
      ['Drones hit Orbino and other areas in Velna, Dolna, and Marsk Oblasts.', [city('Orbino'), region('Velna'), region('Dolna'), region('Marsk Oblasts')]],
      ['Shelling hit Orbino and other settlements near Velna Oblast.', [city('Orbino'), region('Velna Oblast')]],
      [`Shelling hit Orbino and other settlements in Ostland.`, [city('Orbino', 'VD'), country('Ostland', 'OS')]],
    ];
    for (const [text, mentions] of cases) {
      const { lines } = await relate(text, mentions);
      expect(located(lines), text).toEqual([]);
    }
  });
});

/** Commissars and ombudsmen serve the region or country named before their title (annotation guidelines → memberOf). */
describe('commissars and ombudsmen (titles.ts)', () => {
  it('makes a region’s military commissar and a country’s ombudsperson members', async () => {
    const a = await relate('Velna Oblast Military Commissar Ivo Tarn said that the call-up ended.', [region('Velna Oblast'), { text: 'Ivo Tarn', type: 'Person' }]);
    expect(a.lines).toContain('Ivo Tarn memberOf Velna Oblast');
    const b = await relate('Valdorian Ombudsperson Ana Lenz reported abuses.', [demonym('Valdorian', 'VD'), { text: 'Ana Lenz', type: 'Person' }]);
    expect(b.lines).toContain('Ana Lenz memberOf Valdorian');
  });

  it('neither makes them leaders nor ties a commissar to a place named after the name', async () => {
    const a = await relate('Velna Oblast Military Commissar Ivo Tarn said that the call-up ended.', [region('Velna Oblast'), { text: 'Ivo Tarn', type: 'Person' }]);
    expect(a.lines).not.toContain('Ivo Tarn leaderOf Velna Oblast');
    const b = await relate('Military Commissar Ivo Tarn left for Velna Oblast.', [{ text: 'Ivo Tarn', type: 'Person' }, region('Velna Oblast')]);
    expect(b.lines.filter((l) => /Ivo Tarn (memberOf|leaderOf)/.test(l))).toEqual([]);
  });
});
