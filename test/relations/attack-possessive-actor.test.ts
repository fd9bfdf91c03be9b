import { describe, expect, it } from 'vitest';
import { city, relate } from './run.js';

const country = (text: string, code: string) => ({ text, type: 'Place' as const, placeKind: 'Country' as const, ref: `country:${code}` });

describe('attacks: a possessive actor under a preposition', () => {
  it('reads the owner of an attack noun as its agent whatever preposition governs the noun phrase', async () => {
    const during = await relate('Thousands fled their homes during Moldavia\u2019s invasion of Wallachia in the spring.', [country('Moldavia', 'MD'), country('Wallachia', 'RO')]);
    expect(during.lines).toContain('Moldavia attacked Wallachia');
    const support = await relate('Officials voiced support for Moldavia\u2019s renewed strikes on Tokmak.', [country('Moldavia', 'MD'), city('Tokmak')]);
    expect(support.lines).toContain('Moldavia attacked Tokmak');
  });

  it('gives nothing when the possessed noun is no event, or a noun of risk owns the whole', async () => {
    const land = await relate('Refugees crossed into Moldavia\u2019s territory near Tokmak.', [country('Moldavia', 'MD'), city('Tokmak')]);
    expect(land.lines.filter((l) => l.includes('attacked'))).toEqual([]);
    const risk = await relate('Analysts weighed the threat of Moldavia\u2019s invasion of Wallachia.', [country('Moldavia', 'MD'), country('Wallachia', 'RO')]);
    expect(risk.lines).not.toContain('Moldavia attacked Wallachia');
  });
});
