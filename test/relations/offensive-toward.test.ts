import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => / attacked /.test(l));
const ru = demonym('Russian', 'RU');

/** Branch prec28 (issue 13): an offensive headed toward a place is no attack on it, as an advance is not (offensive-toward.ts). */
describe('an offensive toward a place (offensive-toward.ts)', () => {
  it('reads no attack on the place an offensive only heads toward, nor on its bearing point', async () => {
    for (const [text, mentions] of [
      ['Russian troops pressed on with offensive operations toward Dolmeny on Tuesday.', [ru, city('Dolmeny')]],
      ['Russian units kept up their counteroffensives in the direction of Dolmeny and Kravets.', [ru, city('Dolmeny'), city('Kravets')]],
      ['Russian troops resumed offensive actions east of Orbino toward Dolmeny.', [ru, city('Orbino'), city('Dolmeny')]],
    ] as const) {
      const { lines } = await relate(text, [...mentions]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps attacks toward a place, an unsuccessful or repelled offensive, and an offensive on a place', async () => {
    for (const [text, mentions, want] of [
      ['Russian troops conducted ground attacks toward Dolmeny on Tuesday.', [ru, city('Dolmeny')], 'Russian attacked Dolmeny'],
      ['Russian troops launched an unsuccessful offensive toward Dolmeny.', [ru, city('Dolmeny')], 'Russian attacked Dolmeny'],
      ['Defenders repelled Russian offensives in the direction of Dolmeny.', [ru, city('Dolmeny')], 'Russian attacked Dolmeny'],
      ['Russian troops conducted offensive operations near Dolmeny.', [ru, city('Dolmeny')], 'Russian attacked Dolmeny'],
    ] as const) {
      const { lines } = await relate(text, [...mentions]);
      expect(attacks(lines), text).toEqual([want]);
    }
  });
});
