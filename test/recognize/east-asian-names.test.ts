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

describe('a listed name that is only the first part of the given name ("Ing" of "Ing-wen")', () => {
  // Invented sentences; "ING" is a bank in the companies list.
  it('does not break the person\'s name, with a title or without', async () => {
    const { loadPipeline } = await import('../../src/pipeline/pipeline.js');
    const pipeline = await loadPipeline();
    const doc = pipeline.process({ id: 't.txt', source: { path: '/t.txt', relPath: 't.txt', sha256: '' }, text: 'Tsai Ing-wen spoke in Taipei. Later President Tsai Ing-wen left.' });
    expect(doc.mentions.filter((m) => m.type === 'Person').map((m) => m.text)).toEqual(['Tsai Ing-wen', 'Tsai Ing-wen']);
    expect(doc.mentions.some((m) => m.type === 'Organization')).toBe(false);
  });

  it('leaves the listed name alone where it is a whole word', async () => {
    const { loadPipeline } = await import('../../src/pipeline/pipeline.js');
    const pipeline = await loadPipeline();
    const doc = pipeline.process({ id: 't.txt', source: { path: '/t.txt', relPath: 't.txt', sha256: '' }, text: 'Tsai Ing said ING would lend more.' });
    expect(doc.mentions.some((m) => m.text === 'Tsai Ing-wen')).toBe(false);
    expect(doc.mentions.find((m) => m.text === 'ING')?.type).toBe('Organization');
  });
});
