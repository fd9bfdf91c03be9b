import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { named, recognizeWith, texts } from './run.js';

const people = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(personRecognizer, text, earlier);

// Given names that are also English words (given-names-also-words.json): names only before an unknown surname.
describe('a given name that is also an English word', () => {
  it('opens a name before a surname that is no English word', async () => {
    expect(texts(await people('Carol Venkov reports from the capital, where Frank Dalloway met Jack Tessaro.'))).toEqual([
      'Carol Venkov',
      'Frank Dalloway',
      'Jack Tessaro',
    ]);
  });

  it('leaves it before an English word, before a listed name, and when the word itself is a listed name', async () => {
    expect(texts(await people('Grace Church reopened, and Mark Street was closed.'))).toEqual([]);
    expect(texts(await people('Crowds gathered at Rose Velmora on Sunday.', (t) => [named(t, 'Velmora', 'Place', { placeKind: 'City' as const })]))).toEqual([]);
    expect(texts(await people('Troops left Ruby Ostrava.', (t) => [named(t, 'Ruby', 'Place', { placeKind: 'City' as const })]))).toEqual([]);
  });
});
