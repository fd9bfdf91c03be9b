import { describe, expect, it } from 'vitest';
import { facilityPlaceRecognizer } from '../../src/recognize/recognizers/facility-place.js';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { demonym, named, recognizeWith, texts } from './run.js';

describe('wire news: natural features named by a capitalized head', () => {
  it('reads valleys, glaciers, peninsulas, seas and a mount', async () => {
    const text = 'Troops left the Qarvan Valley for the Tolmek Glacier, then crossed the Zarnia Sea to the Temple Mount.';
    expect(texts(await recognizeWith(facilityPlaceRecognizer, text))).toEqual(['Qarvan Valley', 'Tolmek Glacier', 'Zarnia Sea', 'Temple Mount']);
  });

  it('leaves a lower-case head and a demonym before the head', async () => {
    const text = 'The Korvish peninsula stayed calm. Ships crossed the Indian Ocean.';
    expect(texts(await recognizeWith(facilityPlaceRecognizer, text, (t) => [demonym(t, 'Indian', 'IN')]))).toEqual([]);
  });
});

describe('wire news: religious honorifics stay outside the name', () => {
  it('"Mullah X", "Maulana X" and "Haji X" give the name alone', async () => {
    const text = 'Mullah Kadir Usmani met Maulana Fazlan Rahim, and Haji Dawar Zadran joined them.';
    expect(texts(await recognizeWith(personRecognizer, text))).toEqual(['Kadir Usmani', 'Fazlan Rahim', 'Dawar Zadran']);
  });

  it('a lower-case "haji" is no title', async () => {
    expect(texts(await recognizeWith(personRecognizer, 'The haji Season began quietly.'))).toEqual([]);
  });
});

describe('a listed name of the same span keeps its record', () => {
  it('gives way to a listed sea named whole', async () => {
    const text = 'Ships left the Zarnia Sea.';
    const listed = (t: string) => [{ ...named(t, 'Zarnia Sea', 'Place', { placeKind: 'Region' as const }) }];
    expect(texts(await recognizeWith(facilityPlaceRecognizer, text, listed))).toEqual([]);
  });
});

describe('wire news: occupations before a name', () => {
  it('reads a name after a lower-case occupation noun', async () => {
    const text = 'The cartoonist Tarvek Osmani was held, and television evangelist Lorn Avery spoke.';
    expect(texts(await recognizeWith(personRecognizer, text))).toEqual(['Tarvek Osmani', 'Lorn Avery']);
  });

  it('reads a surname written with a capital inside after "El"', async () => {
    expect(texts(await recognizeWith(personRecognizer, 'Agency chief Mohamed ElVarani said so.'))).toEqual(['Mohamed ElVarani']);
  });

  it('leaves a verb that looks like an occupation and an acronym-like word', async () => {
    expect(texts(await recognizeWith(personRecognizer, 'Officials suspect Orvan Tiger rebels.'))).toEqual([]);
    expect(texts(await recognizeWith(personRecognizer, 'The coach PayPal said.'))).toEqual([]);
  });
});

describe('wire news: military posts named after a leading head', () => {
  it('reads "Fort X" and "Camp X"', async () => {
    const text = 'He spoke at Fort Belmond before flying to Camp Arlow.';
    expect(texts(await recognizeWith(facilityPlaceRecognizer, text))).toEqual(['Fort Belmond', 'Camp Arlow']);
  });

  it('leaves a head with no name after it', async () => {
    expect(texts(await recognizeWith(facilityPlaceRecognizer, 'Camp officials said the fort was quiet.'))).toEqual([]);
  });
});

describe('wire news: sites named by a capitalized head', () => {
  it('reads a mosque, a square and a garden', async () => {
    const text = 'Crowds left the Orvask Mosque for Velmar Square and gathered in the Tolmek Garden.';
    expect(texts(await recognizeWith(facilityPlaceRecognizer, text))).toEqual(['Orvask Mosque', 'Velmar Square', 'Tolmek Garden']);
  });

  it('leaves a lower-case head and a zone', async () => {
    expect(texts(await recognizeWith(facilityPlaceRecognizer, 'Crowds left the Orvask mosque for the Velmar Zone.'))).toEqual([]);
  });
});
