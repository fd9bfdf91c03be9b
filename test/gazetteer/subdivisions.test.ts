import { describe, expect, it } from 'vitest';
import { find, places } from './run.js';

describe('subdivisions named with and without designators', () => {
  it('"Donetsk Oblast" is the oblast, not the city', async () => {
    const ms = await places('Artillery duels continued across Donetsk Oblast on Tuesday.');
    const m = find(ms, 'Donetsk Oblast')!;
    expect(m.ref?.id).toBe('subdivision:UA-14');
    expect(m.placeKind).toBe('AdministrativeArea');
  });

  it('"the Donetsk region" names the oblast; the lowercase designator stays outside the span', async () => {
    const ms = await places('Drone strikes were reported in the Donetsk region overnight.');
    expect(ms.map((m) => m.text)).toEqual(['Donetsk']);
    expect(ms[0]!.ref?.id).toBe('subdivision:UA-14');
  });

  it('"Kherson and Zaporizhia regions" resolves each listed name to its oblast', async () => {
    const ms = await places('Evacuations were ordered in the Kherson and Zaporizhia regions this week.');
    expect(find(ms, 'Kherson')?.ref?.id).toBe('subdivision:UA-65');
    expect(find(ms, 'Zaporizhia')?.ref?.id).toBe('subdivision:UA-23');
  });

  it('a bare name shared by a city and its oblast goes to the city', async () => {
    const ms = await places('Explosions were heard in Kherson late on Sunday.');
    expect(find(ms, 'Kherson')?.ref?.id).toMatch(/^geonames:/);
  });
});
