import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { cueOrganizationRecognizer } from '../../src/recognize/recognizers/cue-organization.js';
import { loadPersonLexicon } from '../../src/recognize/people/lexicon.js';
import { recognizeWith, texts } from './run.js';

describe('given names borne in several European countries (first-names-european.json)', () => {
  it('start a name without a title', async () => {
    const ms = await recognizeWith(personRecognizer, 'Abdelaziz Tourani and Ottmar Velden arrived in the capital.');
    expect(texts(ms)).toEqual(['Abdelaziz Tourani', 'Ottmar Velden']);
  });

  it('leave out names that are places or ordinary English words', () => {
    const { firstNames } = loadPersonLexicon();
    // "Paris" and "Moreno" are GeoNames places, "Dame" an ordinary word.
    for (const n of ['paris', 'moreno', 'dame']) expect(firstNames.has(n)).toBe(false);
    expect(firstNames.has('abdelaziz')).toBe(true);
  });
});

describe('cue-organization: a given name opening a cued name', () => {
  it('is the organization’s when a later word holds no personal name ("X News")', async () => {
    expect(texts(await recognizeWith(cueOrganizationRecognizer, 'The state outlet Abdelaziz News published an editorial.'))).toEqual(['Abdelaziz News']);
  });

  it('is left to the person recognizer when the run reads as a personal name', async () => {
    expect(texts(await recognizeWith(cueOrganizationRecognizer, 'The state outlet Abdelaziz Tourani published an editorial.'))).toEqual([]);
  });
});
