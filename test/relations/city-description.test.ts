import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, site } from './run.js';

const captures = (lines: string[]) => lines.filter((l) => / captured /.test(l));
const ru = demonym('Russian', 'RU');

/** Branch prec28 (issue 13): "the city" stands for a place the gazetteer knows as a city (anaphora.ts PREFERRED). */
describe('"the city" prefers a known city to a village of no known kind', () => {
  it('passes over villages named after the city, also the ones the city locates', async () => {
    for (const [text, mentions] of [
      ['Russian forces pushed on Dolmeny through Kravets and Orbino, 8km east of the city. Russian forces captured the city on Monday.', [ru, city('Dolmeny', 'UA'), site('Kravets'), site('Orbino'), demonym('Russian', 'RU', 1)]],
      ['Russian forces shelled Orbino (12km west of Dolmeny) and captured the city on Monday.', [ru, site('Orbino'), city('Dolmeny', 'UA')]],
      ['Russian forces shelled Dolmeny and the nearby villages of Kravets and Orbino and captured the city on Monday.', [ru, city('Dolmeny', 'UA'), site('Kravets'), site('Orbino')]],
    ] as const) {
      const { lines } = await relate(text, [...mentions]);
      expect(captures(lines), text).toEqual(['Russian captured Dolmeny']);
    }
  });

  it('keeps the village when no known city stands before it, and "the town" or "the village" for it', async () => {
    for (const [text, mentions, want] of [
      ['Russian forces entered Orbino and captured the city on Monday.', [ru, site('Orbino')], 'Russian captured Orbino'],
      ['Russian forces shelled Dolmeny and entered Orbino, and they captured the town on Monday.', [ru, city('Dolmeny', 'UA'), site('Orbino')], 'Russian captured Orbino'],
      ['Russian forces shelled Dolmeny and entered Orbino, and they captured the village on Monday.', [ru, city('Dolmeny', 'UA'), site('Orbino')], 'Russian captured Orbino'],
    ] as const) {
      const { lines } = await relate(text, [...mentions]);
      expect(captures(lines), text).toEqual([want]);
    }
  });
});
