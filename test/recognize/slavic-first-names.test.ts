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

  it('read the Ukrainian spellings of each romanization ("-iy", "-ii", "-ij", "-y") and names only Ukrainian has', async () => {
    const ms = await people('Later Yevheny Moroz, Andrij Tkachuk, Tymofii Savchuk and Yakiv Bondar left the hall.');
    expect(texts(ms)).toEqual(['Yevheny Moroz', 'Andrij Tkachuk', 'Tymofii Savchuk', 'Yakiv Bondar']);
  });

  it('do not open a name with a romanized ending on a word that is no given name', async () => {
    expect(texts(await people('Later Stormy Weather and Daily Mirror left the hall.'))).toEqual([]);
  });
});
