import { describe, expect, it } from 'vitest';
import { demonym } from './annotate.js';
import { city, relate, site } from './run.js';

const events = (lines: string[]) => lines.filter((l) => / (attacked|captured) /.test(l));
const ua = demonym('Ukrainian', 'UA');

/** Branch prec28 (issue 13): a place in a bracketed aside describing the place before it is not what "the settlement" names (anaphora.ts inPlaceAside). */
describe('"the settlement" after a place described in brackets', () => {
  it('stands for the described place, not for the places of its aside', async () => {
    for (const [text, mentions] of [
      ['Ukrainian troops reached Orbino (the hamlet between Kravets and Dolmeny), but footage showed Ukrainian tanks attacking positions around the settlement.', [ua, site('Orbino'), city('Kravets'), city('Dolmeny'), demonym('Ukrainian', 'UA', 1)]],
      ['Ukrainian troops reached Orbino (on the eastern edge of Dolmeny), but footage showed Ukrainian tanks attacking positions around the settlement.', [ua, city('Orbino'), city('Dolmeny'), demonym('Ukrainian', 'UA', 1)]],
    ] as const) {
      const { lines } = await relate(text, [...mentions]);
      expect(events(lines), text).toContain('Ukrainian attacked Orbino');
      expect(events(lines).filter((l) => /Kravets|Dolmeny/.test(l)), text).toEqual([]);
    }
  });

  it('keeps the place of an aside that goes on to the description', async () => {
    const text = 'Ukrainian troops held Orbino (their positions near Dolmeny let Ukrainian tanks attack positions around the settlement).';
    const { lines } = await relate(text, [ua, city('Orbino'), city('Dolmeny'), demonym('Ukrainian', 'UA', 1)]);
    expect(events(lines)).toEqual(['Ukrainian attacked Dolmeny']);
  });
});
