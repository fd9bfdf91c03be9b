import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';
import { find, places } from './run.js';

// A listed town's name as the last word of a longer name no list holds, or an alternate name opening one.
describe('a place name joined to an unlisted name word', () => {
  it('is no match of its own: the town after an unknown word, the old name before one', async () => {
    expect(await places('Officials toured Zorava Mesa on Monday.')).toEqual([]);
    expect(await places('Troops shelled Zorky Yar on Tuesday.')).toEqual([]);
    // "Voroshilovgrad" is an old name of Luhansk, and "Lyman" a town: neither is what both words name.
    expect(await places('Troops shelled Voroshilovgrad Lyman on Tuesday.')).toEqual([]);
  });

  it('leaves two listed towns, a qualifier, a road number, a demonym and ordinary words before a name alone', async () => {
    const pair = await places('Troops shelled Kupiansk Lyman on Tuesday.');
    expect(find(pair, 'Kupiansk')).toBeDefined();
    expect(find(pair, 'Lyman')).toBeDefined();
    expect(find(await places('They moved along the T0504 Kupiansk road.'), 'Kupiansk')).toBeDefined();
    expect(find(await places('The Russian Kherson garrison left, and Central Kherson was hit.'), 'Kherson')).toBeDefined();
    expect(find(await places('Officials toured Mesa on Monday.'), 'Mesa')).toBeDefined();
    expect(find(await places('Voroshilovgrad was the city’s name until 1990.'), 'Voroshilovgrad')).toBeDefined();
  });
});

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});
const run = (text: string): Doc => pipeline.process({ id: 'n.txt', source: { path: '/n.txt', relPath: 'n.txt', sha256: '' }, text });
const placeTexts = (doc: Doc): string[] => doc.mentions.filter((m) => m.type === 'Place' && m.form !== 'demonym').map((m) => m.text);

describe('the whole unlisted name', () => {
  it('is read by the context recognizers', () => {
    expect(placeTexts(run('Russian forces attacked near Zorky Yar on Tuesday.'))).toEqual(['Zorky Yar']);
    expect(placeTexts(run('Officials met near Zorava Mesa on Monday.'))).toEqual(['Zorava Mesa']);
  });
  it('keeps a settlement qualifier with its listed name', () => {
    expect(placeTexts(run('Russian forces attacked near Velyka Novosilka on Tuesday.'))).toEqual(['Velyka Novosilka']);
    expect(placeTexts(run('Russian aircraft dropped bombs on Ruska Lyman, and left.'))).toEqual(['Ruska Lyman']);
  });
});

describe('a short place name ending a sentence ("… of Vyr. A …")', () => {
  it('does not run on into the next sentence', () => {
    expect(placeTexts(run('Troops advanced in the direction of Vyr. A local source said so.'))).toEqual(['Vyr']);
    expect(placeTexts(run('Troops advanced near Zorkyne and Vyr. Russian forces left.'))).toEqual(['Zorkyne', 'Vyr']);
  });
  it('still reads a two-word unknown name in one sentence', () => {
    expect(placeTexts(run('Troops advanced near Zorky Zuvar on Monday.'))).toEqual(['Zorky Zuvar']);
  });
});
