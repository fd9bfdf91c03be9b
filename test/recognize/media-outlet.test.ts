import { describe, expect, it } from 'vitest';
import { organizationRecognizer } from '../../src/recognize/recognizers/organization.js';
import { recognizeWith, texts } from './run.js';

const orgs = async (text: string): Promise<string[]> => texts(await recognizeWith(organizationRecognizer, text));

// organization-heads.json, mediaHeads: "News" and "Television" name an outlet after an acronym or an unknown word.
describe('news outlets by their head', () => {
  it('reads an acronym or a word of no English before "News" or "Television"', async () => {
    expect(await orgs('Speaking to QTV News on Friday, he said Zarvesh Television had aired it.')).toEqual(['QTV News', 'Zarvesh Television']);
  });

  it('leaves an English word, a hyphenated word and a longer run before the head', async () => {
    expect(await orgs('Good News arrived. A Times-QTV News poll found it. The Big Evening News aired.')).toEqual([]);
  });
});
