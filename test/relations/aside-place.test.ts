import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, site } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => / attacked /.test(l));
const ru = demonym('Russian', 'RU');

/** Branch prec28 (issue 13): a place inside an aside that locates the targets is no target (aside-place.ts). */
describe('a place in a locating aside (aside-place.ts)', () => {
  it('reads no attack on the places of an aside that groups the targets or goes on past its first place', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1], string[]]> = [
      ['Defenders repelled Russian assaults near Orbino and Kravets, both located northeast of Dolmeny.', [ru, city('Orbino'), city('Kravets'), city('Dolmeny')], ['Russian attacked Orbino', 'Russian attacked Kravets']],
      ['Defenders repelled a Russian attack on Orbino, 12km east of Kravets and near the Velna River.', [ru, city('Orbino'), city('Kravets'), site('Velna River')], ['Russian attacked Orbino']],
      ['Russian troops shelled Orbino and Kravets, all south of Dolmeny and along the Velna River.', [ru, city('Orbino'), city('Kravets'), city('Dolmeny'), site('Velna River')], ['Russian attacked Orbino', 'Russian attacked Kravets']],
    ];
    for (const [text, mentions, want] of cases) {
      const { lines } = await relate(text, mentions);
      expect(attacks(lines).sort(), text).toEqual([...want].sort());
    }
  });

  it('keeps a second target the clause itself names', async () => {
    const cases: Array<[string, Parameters<typeof relate>[1], string[]]> = [
      ['Russian troops shelled Orbino and near Dolmeny.', [ru, city('Orbino'), city('Dolmeny')], ['Russian attacked Orbino', 'Russian attacked Dolmeny']],
      ['Russian troops shelled Orbino, east of Kravets, and attacked near Dolmeny.', [ru, city('Orbino'), city('Kravets'), city('Dolmeny')], ['Russian attacked Orbino', 'Russian attacked Dolmeny']],
    ];
    for (const [text, mentions, want] of cases) {
      const { lines } = await relate(text, mentions);
      expect(attacks(lines).sort(), text).toEqual([...want].sort());
    }
  });
});
