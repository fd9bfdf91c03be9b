import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { places } from '../gazetteer/run.js';
import { named, recognizeWith, texts } from './run.js';

const people = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(personRecognizer, text, earlier);

describe('titles with place complements', () => {
  it('ends a complement at a full name before "and": the next title has its own name', async () => {
    const text = 'Governor of Omsk Oblast Viktor Sorokin and Deputy Head of Tomsk Oblast Irina Melnik signed a pact.';
    const ms = await people(text, (t) => [named(t, 'Omsk Oblast', 'Place'), named(t, 'Tomsk Oblast', 'Place')]);
    expect(texts(ms)).toEqual(['Viktor Sorokin', 'Irina Melnik']);
    expect(ms.map((m) => m.role?.text)).toEqual(['Governor of Omsk Oblast', 'Deputy Head of Tomsk Oblast']);
  });

  it('keeps "and" inside a complement without a given name ("Science and Higher Education")', async () => {
    const ms = await people('Minister of Culture and Tourism Petro Hnatiuk opened the museum.');
    expect(texts(ms)).toEqual(['Petro Hnatiuk']);
  });

  it('reads a town before an office word as the town, not as part of a longer name', async () => {
    expect((await places('Bilozerka Mayor Oleh Palamarchuk spoke.')).map((m) => m.text)).toEqual(['Bilozerka']);
    expect((await places('Bilozerka Gardens Company opened.')).map((m) => m.text)).toEqual([]);
  });
});
