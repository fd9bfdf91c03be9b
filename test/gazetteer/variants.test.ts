import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

describe('spelling variants meet on one record', () => {
  it('Kyiv and Kiev name the same GeoNames city, with its sameAs and coordinates', async () => {
    const ms = await places('Delegations flew to Kyiv on Monday; older wire copy still wrote Kiev.');
    const kyiv = find(ms, 'Kyiv')!;
    const kiev = find(ms, 'Kiev')!;
    expect(kyiv.ref?.id).toMatch(/^geonames:\d+$/);
    expect(kiev.ref?.id).toBe(kyiv.ref?.id);
    expect(kyiv.ref?.sameAs).toEqual([`https://sws.geonames.org/${kyiv.ref!.id.slice(9)}/`]);
    expect(kyiv.ref?.country).toBe('UA');
    expect(kyiv.ref?.lat).toBeCloseTo(50.45, 1);
    expect(kyiv.placeKind).toBe('City');
  });

  it('Kostiantynivka and Kostyantynivka resolve to the same town', async () => {
    const ms = await places('Shelling hit Kostiantynivka overnight. Residents of Kostyantynivka in Ukraine were evacuated.');
    expect(find(ms, 'Kostyantynivka')?.ref?.id).toBe(find(ms, 'Kostiantynivka')?.ref?.id);
  });

  it('Zaporizhzhia and Zaporizhia Oblast resolve to the same subdivision', async () => {
    const ms = await places('Officials in Zaporizhzhia Oblast and the Zaporizhia Oblast council disagreed.');
    expect(find(ms, 'Zaporizhzhia Oblast')?.ref?.id).toBe('subdivision:UA-23');
    expect(find(ms, 'Zaporizhia Oblast')?.ref?.id).toBe('subdivision:UA-23');
    const cities = await places('Missiles struck Zaporizhzhia at night and Zaporizhia again at noon.');
    expect(find(cities, 'Zaporizhia')?.ref?.id).toMatch(/^geonames:/);
    expect(find(cities, 'Zaporizhia')?.ref?.id).toBe(find(cities, 'Zaporizhzhia')?.ref?.id);
  });

  it('Durrës and Durres (diacritics folded) are one place', async () => {
    const ms = await places('The ferry left Durrës for Bari; the port of Durres reopened later.');
    const a = find(ms, 'Durrës')!;
    expect(a.ref?.country).toBe('AL');
    expect(find(ms, 'Durres')?.ref?.id).toBe(a.ref?.id);
  });

  it('keeps the possessive outside the span, with straight and curly apostrophes', async () => {
    const ms = await places("Kyiv’s air defences held while Kharkiv's power grid failed.");
    expect(ms.map((m) => m.text)).toEqual(['Kyiv', 'Kharkiv']);
  });

  it('matches names with curly or straight apostrophes inside them', async () => {
    const curly = await places('Fighters of Hay’at Tahrir al-Sham entered the town.');
    const straight = await places("Fighters of Hay'at Tahrir al-Sham entered the town.");
    expect(curly[0]?.text).toBe('Hay’at Tahrir al-Sham');
    expect(curly[0]?.ref?.id).toBe(straight[0]?.ref?.id);
    expect(curly[0]?.type).toBe('Organization');
  });

  it('treats hyphen, dash and space variants of a name alike', async () => {
    const ms = await places('Trains ran from Ivano-Frankivsk, from Ivano–Frankivsk and from Ivano Frankivsk.');
    const ids = ms.filter((m) => m.text.startsWith('Ivano')).map((m) => m.ref?.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });

  it('includes the closing period of a dotted acronym', async () => {
    const ms = await places('Aid arrived from the U.S. on Friday.');
    expect(find(ms, 'U.S.')?.ref?.id).toBe('country:US');
  });
});
