import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { named, recognizeWith, texts } from './run.js';

const people = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(personRecognizer, text, earlier);

describe('Russian and Ukrainian given names', () => {
  it('start a name without a title, in Russian and Ukrainian spellings', async () => {
    const ms = await people('Both Vyacheslav Pronin and Oleksiy Dorosh spoke, and later Pronin left.');
    expect(texts(ms)).toEqual(['Vyacheslav Pronin', 'Oleksiy Dorosh', 'Pronin']);
  });

  it('mark the name at the end of a long title complement', async () => {
    const ms = await people('Minister for Roads and Regional Planning Marat Yusupov opened the bridge.');
    expect(texts(ms)).toEqual(['Marat Yusupov']);
  });

  it('do not make names of common English words or of places', async () => {
    expect(texts(await people('Mark Street was closed, and Max Power plants were shut.'))).toEqual([]);
    expect(texts(await people('Residents of Vera Kholm left.', (t) => [named(t, 'Vera Kholm', 'Place')]))).toEqual([]);
  });
});
