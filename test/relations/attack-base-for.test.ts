import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => / attacked /.test(l));
const ru = demonym('Russian', 'RU');

/** Branch prec28 (issue 13): forces gathered a few words before "for", or a base won for an attack, make no attack yet (attack-gathered-for.ts). */
describe('forces or a base readied for an attack (attack-gathered-for.ts)', () => {
  it('reads no attack on the place of an attack that is only the purpose', async () => {
    for (const [text, mentions] of [
      ['Russian troops massed two fresh battalions in the forest for an assault on Dolmeny.', [ru, city('Dolmeny')]],
      ['Bloggers said the gains give Russian troops a bridgehead for offensives against Dolmeny.', [ru, city('Dolmeny')]],
      ['Russian troops seized a springboard for an attack on Dolmeny.', [ru, city('Dolmeny')]],
    ] as const) {
      const { lines } = await relate(text, [...mentions]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps an attack after the gathering clause ends, and one that a base served', async () => {
    for (const [text, mentions, want] of [
      ['Russian troops massed near the river but shelled Dolmeny for a third day.', [ru, city('Dolmeny')], 'Russian attacked Dolmeny'],
      ['Russian troops reinforced positions near the river, shelling Dolmeny for the third day.', [ru, city('Dolmeny')], 'Russian attacked Dolmeny'],
      ['Russian troops regrouped near the river and then attacked Dolmeny.', [ru, city('Dolmeny')], 'Russian attacked Dolmeny'],
      ['Russian troops used the bridgehead to shell Dolmeny.', [ru, city('Dolmeny')], 'Russian attacked Dolmeny'],
    ] as const) {
      const { lines } = await relate(text, [...mentions]);
      expect(attacks(lines), text).toEqual([want]);
    }
  });
});
