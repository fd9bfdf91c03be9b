import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { named, recognizeWith, texts } from './run.js';

const people = (text: string, earlier?: Parameters<typeof recognizeWith>[2]) => recognizeWith(personRecognizer, text, earlier);

// A name no list knows, followed by an office in apposition, is a person's.
describe('a name set off by an office in apposition', () => {
  it('reads the name before ", chief advisor to", ", the deputy head of", ", spokesperson for"', async () => {
    expect(texts(await people('Bohdan Kravets, chief advisor to the mayor, said that the road was closed.'))).toEqual(['Bohdan Kravets']);
    expect(texts(await people('On Monday Yaroslava Dzyuba, the deputy head of the council, resigned.'))).toEqual(['Yaroslava Dzyuba']);
    expect(texts(await people('Taras Ostapchuk, spokesperson for the navy, said so.'))).toEqual(['Taras Ostapchuk']);
  });

  it('takes no place, no organization, and no run of ordinary words', async () => {
    expect(texts(await people('Pivdenne Reservoir, head of the dam said, was full.'))).toEqual([]);
    expect(texts(await people('Kharkiv Oblast, head of the region said, was shelled.', (t) => [named(t, 'Kharkiv Oblast', 'Place')]))).toEqual([]);
    // (Not a given name either: since the Slavic given names, 'Bohdan Kravets' is a person by its first word.)
    expect(texts(await people('Kvitko Kravets, who met the mayor, said that the road was closed.'))).toEqual([]);
  });
});
