import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { named, recognizeWith, texts } from './run.js';

const people = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(personRecognizer, text, earlier);

describe('wire news: names of no list after an office and a comma', () => {
  it('reads the holder after "the ambassador to X," and a plural office with two names', async () => {
    expect(texts(await people('The new ambassador to Freedonia, Tarvek Osmani, arrived on Monday.'))).toEqual(['Tarvek Osmani']);
    expect(texts(await people('The two prime ministers, Oskar Velnik and Lidra Marnova, signed the accord.'))).toEqual(['Oskar Velnik', 'Lidra Marnova']);
  });

  it('reads a name that starts with a town’s name', async () => {
    const text = 'The party spokesman, Dorval Kesseli, said so.';
    expect(texts(await people(text, (t) => [named(t, 'Dorval', 'Place', { placeKind: 'City' })]))).toEqual(['Dorval Kesseli']);
  });

  it('leaves a clause before the comma, a place after it, one-word names and an unclosed list', async () => {
    expect(texts(await people('The minister arrived late, Tarvek Osmani said.'))).toEqual([]);
    const area = 'The regional governor, Velmar Oblast officials said, resigned.';
    expect(texts(await people(area, (t) => [named(t, 'Velmar Oblast', 'Place', { placeKind: 'AdministrativeArea' })]))).toEqual([]);
    expect(texts(await people('The spokesman, Osmani, declined to comment.'))).toEqual([]);
    expect(texts(await people('The ambassador, Tarvek Osmani met reporters.'))).toEqual([]);
  });
});

describe('a given name of no list before a known one', () => {
  it('extends the name leftwards over a capitalized word of no English meaning', async () => {
    expect(texts(await people('Police arrested Gorvan Ali Hassani near the border.'))).toEqual(['Gorvan Ali Hassani']);
  });

  it('does not take an English word, a demonym or a place before the name', async () => {
    expect(texts(await people('Yesterday Ali Hassani left.'))).toEqual(['Ali Hassani']);
    expect(texts(await people('Troops in Dorval Ali Hassani met.', (t) => [named(t, 'Dorval', 'Place', { placeKind: 'City' })]))).toEqual(['Ali Hassani']);
  });
});
