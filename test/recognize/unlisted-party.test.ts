import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/document.js';
import { withUnlistedParties } from '../../src/recognize/unlisted-party.js';

const texts = (ms: readonly Mention[]): string[] => ms.map((m) => m.text);
const person = (text: string, name: string): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type: 'Person', form: 'name', recognizer: 'person', priority: 60, confidence: 0.9 };
};

describe('parties no list knows, before a lower-case "party"', () => {
  it('reads the capitalized words after "the", an adjective or a possessive, without "party"', () => {
    expect(texts(withUnlistedParties('Last week the opposition Zentra party agreed.', []))).toEqual(['Zentra']);
    expect(texts(withUnlistedParties('He joined the United Torah Front party in May.', []))).toEqual(['United Torah Front']);
    expect(texts(withUnlistedParties("The premier's Vorad party lost.", []))).toEqual(['Vorad']);
  });

  it('leaves "a … party", a sentence start, and names other mentions hold', () => {
    expect(texts(withUnlistedParties('We went to a Christmas party.', []))).toEqual([]);
    expect(texts(withUnlistedParties('Zentra party leaders met.', []))).toEqual([]);
    const text = 'Supporters of the Tomas Orvel party marched.';
    expect(texts(withUnlistedParties(text, [person(text, 'Tomas Orvel')]))).toEqual(['Tomas Orvel']);
  });
});
