import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate } from './run.js';

const attacks = (lines: string[]) => lines.filter((l) => / attacked /.test(l));
const ru = demonym('Russian', 'RU');

/** Branch prec28 (issue 13): the places that bound a stretch are no targets of what hit it (between-places.ts). */
describe('places bounding a stretch (between-places.ts)', () => {
  it('reads no attack on the bounds of the stretch that was hit', async () => {
    for (const text of [
      'Russian forces are firing on the railway that runs between Orbino and Dolmeny.',
      'Russian forces conducted a drone strike on a depot between Orbino and Dolmeny on Monday.',
      'Russian forces held their lines and kept firing on positions between Orbino and Dolmeny.',
    ]) {
      const { lines } = await relate(text, [ru, city('Orbino'), city('Dolmeny')]);
      expect(attacks(lines), text).toEqual([]);
    }
  });

  it('keeps the places the attack names as hit, and a place hit in its own words', async () => {
    const cases: Array<[string, string[]]> = [
      ['Russian troops shelled Orbino and the railway between Kravets and Dolmeny.', ['Russian attacked Orbino']],
      ['Russian troops shelled Dolmeny and a depot between Orbino and Kravets.', ['Russian attacked Dolmeny']],
    ];
    for (const [text, want] of cases) {
      const { lines } = await relate(text, [ru, city('Orbino'), city('Kravets'), city('Dolmeny')].filter((m) => text.includes(m.text)));
      expect(attacks(lines).sort(), text).toEqual([...want].sort());
    }
  });
});
