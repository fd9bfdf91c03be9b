import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, person, relate, unit } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (withdrewFrom|captured|attacked|operatesIn) /.test(l));
const ua = demonym('Ukrainian', 'UA');
const ru = demonym('Russian', 'RU');

/** Branch prec28 (issue 13): a verb of denial governs the noun phrase after it (denied-object.ts). */
describe('a denial governs its object phrase (denied-object.ts)', () => {
  it('reads no event inside what is denied or refuted, however far the claim noun stands', async () => {
    for (const [text, mentions] of [
      ['The governor denied any role by Russian units in the seizure of Dolmeny.', [ru, city('Dolmeny')]],
      ['Local officials refuted the repeated assertions of several well-known Russian bloggers that Russian troops took Dolmeny.', [ru, city('Dolmeny')]],
      ['Local officials refuted Russian reports of Ukrainian troops abandoning Dolmeny.', [ua, city('Dolmeny')]],
      ['The Russian command continues to deny Ukrainian statements that its brigades were struck near Dolmeny.', [ua, city('Dolmeny')]],
      ['A spokesman released a video denying Ukrainian claims that they retook Dolmeny overnight.', [ua, city('Dolmeny')]],
      ['The 9th Brigade rejected the claims of one Ukrainian outlet that it had withdrawn from Dolmeny.', [unit('9th Brigade'), ua, city('Dolmeny')]],
    ] as const) {
      const { lines } = await relate(text, [...mentions]);
      expect(events(lines), text).toEqual([]);
    }
  });

  it('keeps an event of another clause than the denial, and offices the denial does not touch', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1], string]> = [
      ['Local officials denied the rumors, but Russian troops captured Dolmeny on Monday.', [ru, city('Dolmeny')], 'Russian captured Dolmeny'],
      ['Local officials denied the rumors and stated that Russian troops captured Dolmeny.', [ru, city('Dolmeny')], 'Russian captured Dolmeny'],
      ['Local officials denied losses as Russian troops captured Dolmeny.', [ru, city('Dolmeny')], 'Russian captured Dolmeny'],
      ['Russian troops captured Dolmeny, denying Ukrainian forces a road.', [ru, city('Dolmeny')], 'Russian captured Dolmeny'],
      ['Governor Anton Brel denied the rumors.', [person('Anton Brel', 'Governor')], ''],
    ];
    for (const [text, mentions, want] of cases) {
      const { lines } = await relate(text, mentions);
      expect(events(lines), text).toEqual(want ? [want] : []);
    }
  });
});
