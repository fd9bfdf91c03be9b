import { describe, expect, it } from 'vitest';
import { facilityPlaceRecognizer } from '../../src/recognize/recognizers/facility-place.js';
import { demonym, named, recognizeWith, texts } from './run.js';

const facilities = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(facilityPlaceRecognizer, text, earlier);

describe('facility-place: a name with a capitalized facility head is a place', () => {
  it('takes the head into the span, over a town of the same name', async () => {
    const text = 'Shelling hit the Lysa Hora Thermal Power Plant and the Borova Railway Bridge.';
    const ms = await facilities(text, (t) => [named(t, 'Borova', 'Place')]);
    expect(texts(ms)).toEqual(['Lysa Hora Thermal Power Plant', 'Borova Railway Bridge']);
    expect(ms[0]).toMatchObject({ type: 'Place', recognizer: 'facility-place' });
  });

  it('reads rivers, spits, reservoirs, air bases and capitalized axes', async () => {
    const text = 'Boats crossed the Vovcha River near the Tuzla Spit and the Oskil Reservoir; the Belbek Air Base and the Northern Axis stayed quiet.';
    expect(texts(await facilities(text))).toEqual(['Vovcha River', 'Tuzla Spit', 'Oskil Reservoir', 'Belbek Air Base', 'Northern Axis']);
  });

  it('leaves out demonyms, function words, people and lower-case heads', async () => {
    const text = 'The Ukrainian Vovcha River rose. The Power Plant closed. Petro Orlov Bridge works stopped. The Kozache river and the Sosnivka plant burned.';
    const ms = await facilities(text, (t) => [demonym(t, 'Ukrainian', 'UA'), named(t, 'Petro Orlov', 'Person')]);
    expect(texts(ms)).toEqual(['Vovcha River']);
  });
});

describe('facility-place: a listed name of the same span', () => {
  it('is proposed again when the list doubts it (below the stage threshold)', async () => {
    const text = 'Troops landed on Tern Island.';
    const doubted = (t: string) => [named(t, 'Tern Island', 'Place', { confidence: 0.45 })];
    expect(texts(await recognizeWith(facilityPlaceRecognizer, text, doubted))).toEqual(['Tern Island']);
  });

  it('is left to the list when the list is sure of it', async () => {
    const text = 'Troops landed on Tern Island.';
    const sure = (t: string) => [named(t, 'Tern Island', 'Place', { confidence: 0.9 })];
    expect(texts(await recognizeWith(facilityPlaceRecognizer, text, sure))).toEqual([]);
  });
});
