import { describe, expect, it } from 'vitest';
import { country, demonym } from './annotate.js';
import { city, person, relate } from './run.js';

// visited in wire news' shapes of a trip (rules/visit-shapes.ts).
describe('arrivals with a time or a kind of place before the place', () => {
  it('reads "arrived late Tuesday in the remote eastern city of Y" and "traveled to the central Valdorian city of Y"', async () => {
    expect((await relate('Officials say Ivo Marek arrived late Tuesday in the remote eastern city of Lindau.', [person('Ivo Marek'), city('Lindau')])).lines).toEqual([
      'Ivo Marek visited Lindau',
    ]);
    const kind = await relate('Ivo Marek earlier traveled to the central Valdorian city of Lindau to open a plant.', [person('Ivo Marek'), demonym('Valdorian', 'VD'), city('Lindau')]);
    expect(kind.lines).toContain('Ivo Marek visited Lindau');
  });

  it('reads an arrival in a relative clause on the person', async () => {
    expect((await relate('Ivo Marek, who arrived in Lindau Monday, asked for more time.', [person('Ivo Marek'), city('Lindau')])).lines).toEqual(['Ivo Marek visited Lindau']);
  });

  it('gives no visit for a trip still to come', async () => {
    expect((await relate('Ivo Marek is to travel to the northern city of Lindau next week.', [person('Ivo Marek'), city('Lindau')])).lines).toEqual([]);
    expect((await relate('Ivo Marek will arrive late Tuesday in Lindau.', [person('Ivo Marek'), city('Lindau')])).lines).toEqual([]);
  });
});

describe('the traveller’s own visit and a delegation led on a visit', () => {
  it('reads "X has completed his four-day visit to Y" and "as he winds up his visit to Y"', async () => {
    expect((await relate('Ivo Marek has completed his four-day visit to Ostland.', [person('Ivo Marek'), country('Ostland', 'OS')])).lines).toEqual(['Ivo Marek visited Ostland']);
    expect((await relate('Ivo Marek met two farmers as he winds up his visit to Ostland.', [person('Ivo Marek'), country('Ostland', 'OS')])).lines).toEqual(['Ivo Marek visited Ostland']);
  });

  it('reads "X led a delegation of ministers on a visit to Y"', async () => {
    expect((await relate('Ivo Marek led a delegation of ministers on a visit to Ostland.', [person('Ivo Marek'), country('Ostland', 'OS')])).lines).toEqual(['Ivo Marek visited Ostland']);
  });

  it('gives nothing for a visit called off or planned', async () => {
    expect((await relate('Ivo Marek postponed his visit to Ostland.', [person('Ivo Marek'), country('Ostland', 'OS')])).lines).toEqual([]);
    expect((await relate('Ivo Marek is planning his visit to Ostland.', [person('Ivo Marek'), country('Ostland', 'OS')])).lines).toEqual([]);
    expect((await relate('Ivo Marek will lead a delegation on a visit to Ostland.', [person('Ivo Marek'), country('Ostland', 'OS')])).lines).toEqual([]);
  });
});
