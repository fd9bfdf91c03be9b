import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../src/recognize/recognizers/person.js';
import { recognizeWith, texts } from './run.js';

describe('family name first, then a hyphenated given name (east-asian-name.ts)', () => {
  it('reads Korean and Taiwanese names that no given-name list holds', async () => {
    const ms = await recognizeWith(personRecognizer, 'Choi Min-seo spoke with Hsieh Wei-lun after Pak Chol-ho left.');
    expect(texts(ms)).toEqual(['Choi Min-seo', 'Hsieh Wei-lun', 'Pak Chol-ho']);
  });

  it('reads no compound of a place ("-based"), no unlisted first word and no capitalized second syllable', async () => {
    expect(texts(await recognizeWith(personRecognizer, 'The Lee Kong-based firm and Tarn Wei-lun met.'))).toEqual([]);
    expect(texts(await recognizeWith(personRecognizer, 'Choi Ho-Sung arrived.'))).toEqual([]);
  });
});
