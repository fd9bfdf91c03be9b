import { describe, expect, it } from 'vitest';
import { speakerNameRecognizer } from '../../src/recognize/recognizers/speaker-name.js';
import { named, recognizeWith, texts } from './run.js';

const speakers = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(speakerNameRecognizer, text, earlier);

describe('speaker-name: a surname alone, by its shape and a verb of saying', () => {
  it('finds a surname before a verb of saying, after an adverb or an auxiliary, and before a possessive statement', async () => {
    const text = 'Hrytsenko stated that the bridge fell. Tkachuk additionally claimed it. Volodin has repeated the figure. Bondarevsky’s claims were denied.';
    expect(texts(await speakers(text))).toEqual(['Hrytsenko', 'Tkachuk', 'Volodin', 'Bondarevsky']);
    expect((await speakers('Hrytsenko said so.'))[0]).toMatchObject({ type: 'Person', recognizer: 'speaker-name' });
  });

  it('leaves words of other shapes, common words, candidates and places after a preposition', async () => {
    expect(texts(await speakers('Rybnar claimed that the bridge fell. Cabin said nothing.'))).toEqual([]);
    expect(texts(await speakers('Officials in Tkachivsky claimed that shelling went on.'))).toEqual([]);
    expect(texts(await speakers('Hrytsenko stated it.', (t) => [named(t, 'Hrytsenko', 'Organization')]))).toEqual([]);
  });

  it('needs the verb of saying right after the name, and no capitalized word before it', async () => {
    expect(texts(await speakers('Hrytsenko visited the front. Then Maria Tkachuk said so.'))).toEqual([]);
  });
});

describe('speaker-name: two name words of any origin', () => {
  it('reads two unknown capitalized words before a verb of saying, a possessive statement or ", who"', async () => {
    const text = 'Tavor Kelemba said the road was closed. Reporters quoted Ilmar Quandt’s remarks. Police held Odeku Varrin, who edits a weekly.';
    expect(texts(await speakers(text))).toEqual(['Tavor Kelemba', 'Ilmar Quandt', 'Odeku Varrin']);
  });

  it('leaves common words, a known given name, a longer capitalized run, and names without the cue', async () => {
    expect(texts(await speakers('Golden Valley said it would close. Maria Kelemba said so.'))).toEqual([]);
    expect(texts(await speakers('The Odeku Varrin Trust said so.'))).toEqual([]);
    expect(texts(await speakers('Tavor Kelemba visited the port, which Odeku Varrin owns.'))).toEqual([]);
  });
});

describe('speaker-name: countries and regions speak as places', () => {
  it('leaves a country or region named as a speaker, though its name ends like a surname', async () => {
    const country = (t: string) => [named(t, 'Korvina', 'Place', { placeKind: 'Country' as const })];
    expect(texts(await speakers('Korvina said it would help.', country))).toEqual([]);
    expect(texts(await speakers('Tavor Kelemba said so.', (t) => [named(t, 'Kelemba', 'Place', { placeKind: 'City' as const })]))).toEqual([]);
  });

  it('a town of a surname’s shape still gives way to the speaker', async () => {
    const town = (t: string) => [named(t, 'Hrytsenko', 'Place', { placeKind: 'City' as const })];
    expect(texts(await speakers('Hrytsenko said the bridge fell.', town))).toEqual(['Hrytsenko']);
  });
});

describe('speaker-name: a surname of any shape that owns a home, kin or an arrest', () => {
  it('reads "X’s home", "X’s release", "X’s lawyer" as a person', async () => {
    const text = 'Soldiers raided Kelzar’s home at night. Envoys sought Dumbari’s release, and Quorrel’s lawyer spoke.';
    expect(texts(await speakers(text))).toEqual(['Kelzar', 'Dumbari', 'Quorrel']);
  });

  it('leaves a place’s or an organization’s possessive, an ordinary word, and other nouns', async () => {
    expect(texts(await speakers('Orvask’s home defense held.', (t) => [named(t, 'Orvask', 'Place', { placeKind: 'City' as const })]))).toEqual([]);
    expect(texts(await speakers('Marrow’s release was sought. Kelzar’s statement came late.'))).toEqual([]);
  });
});
