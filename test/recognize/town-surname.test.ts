import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { named, recognizeWith, texts } from './run.js';

// A surname that is also a town's name ("Bush", "Chirac", "Cheney" are towns in the gazetteer) is the
// office holder's right after a capitalized title; the surname then counts for its later bare uses too.
const town = (name: string, placeKind: 'City' | 'Country' = 'City') => (t: string) => [named(t, name, 'Place', { placeKind })];
const both = (a: string, b: string) => (t: string) => [named(t, a, 'Place', { placeKind: 'City' }), named(t, b, 'Place', { placeKind: 'City' })];

describe('a town name after a title is the holder’s surname', () => {
  it('reads "Mr. X" and "President X" when X is a town', async () => {
    expect(texts(await recognizeWith(personRecognizer, 'Mr. Dorval spoke to reporters.', town('Dorval')))).toEqual(['Dorval']);
    expect(texts(await recognizeWith(personRecognizer, 'President Marvell said the talks went well.', town('Marvell')))).toEqual(['Marvell']);
  });

  it('reads a two-word name that starts with a town and ends the capitalized run', async () => {
    expect(texts(await recognizeWith(personRecognizer, 'Prime Minister Ostrava Kelmendi attended the ceremony.', town('Ostrava')))).toEqual(['Ostrava Kelmendi']);
  });

  it('teaches the surname: a later bare use is the person, not the town', async () => {
    const found = await recognizeWith(personRecognizer, 'Mr. Dorval spoke. Later Dorval left the hall.', both('Dorval', 'Dorval'));
    expect(texts(found)).toEqual(['Dorval', 'Dorval']);
  });

  it('leaves a town that opens a body’s name, a country, and a town with no title', async () => {
    expect(texts(await recognizeWith(personRecognizer, 'Deputy Ostrava Regional Council Head said so.', town('Ostrava')))).toEqual([]);
    expect(texts(await recognizeWith(personRecognizer, 'President Moldova said so.', town('Moldova', 'Country')))).toEqual([]);
    expect(texts(await recognizeWith(personRecognizer, 'The fighting in Dorval went on.', town('Dorval')))).toEqual([]);
  });
});

// Fields of international bodies' offices extend the title: "a U.N. humanitarian official, X" has the office
// "humanitarian official", so the body before it is the holder's.
describe('field words before an office', () => {
  it('reads them into the role', async () => {
    const found = await recognizeWith(personRecognizer, 'A U.N. humanitarian official, Jan Vester, says conditions improved.');
    expect(texts(found)).toEqual(['Jan Vester']);
    expect(found[0]!.role?.text).toBe('humanitarian official');
  });
});
