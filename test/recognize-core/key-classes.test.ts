import { describe, expect, it } from 'vitest';
import { HYPHENATED, keyClass, keyClassWhere, keyClasses } from '../../src/model/key-classes.js';
import { wordView } from '../../src/model/words.js';
import { prepare } from '../helpers/prepare.js';

describe('key classes', () => {
  it('gives each class its own bit and each key the bits of the classes holding it', () => {
    const ranks = keyClass('test.ranks', ['colonel', 'major']);
    const months = keyClass('test.months', ['may', 'march', 'major']);
    expect(ranks & months).toBe(0);
    expect(keyClasses('colonel') & (ranks | months)).toBe(ranks);
    expect(keyClasses('major') & (ranks | months)).toBe(ranks | months);
    expect(keyClasses('may') & ranks).toBe(0);
    expect(keyClasses('battalion') & (ranks | months)).toBe(0);
  });

  it('keeps the bit of a class registered again and adds the new keys to it', () => {
    const first = keyClass('test.echelons', ['brigade']);
    const again = keyClass('test.echelons', ['brigade', 'regiment']);
    expect(again).toBe(first);
    expect(keyClasses('regiment') & first).toBe(first);
  });

  it('is answered per word by the word view, also for classes registered after a view was built', async () => {
    const doc = await prepare('Colonel Petrenko visited the Kherson garrison in May.');
    const before = wordView(doc);
    const garrison = keyClass('test.garrison', ['garrison']);
    const { words, classes } = wordView(doc);
    expect(classes).not.toBe(before.classes);
    const at = (text: string): number => classes[words.findIndex((w) => w.text === text)]!;
    expect(at('garrison') & garrison).toBe(garrison);
    expect(at('Colonel') & keyClasses('colonel')).toBe(keyClasses('colonel'));
    expect(at('Kherson') & garrison).toBe(0);
  });

  it('gives a class defined by a test of the key the keys the test accepts, and no others', () => {
    const endsInGrad = keyClassWhere('test.ends-in-grad', (key) => key.endsWith('grad'));
    expect(keyClasses('volgograd') & endsInGrad).toBe(endsInGrad);
    expect(keyClasses('gradual') & endsInGrad).toBe(0);
    expect(keyClasses('oil-giant') & HYPHENATED).toBe(HYPHENATED);
    expect(keyClasses('oil giant') & HYPHENATED).toBe(0);
  });

  it('keeps one copy of a test registered again, and takes a second test of the same class as a union', () => {
    const test = (key: string): boolean => key.startsWith('zz');
    const first = keyClassWhere('test.starts-zz', test);
    expect(keyClassWhere('test.starts-zz', test)).toBe(first);
    expect(keyClasses('zzap') & first).toBe(first);
    expect(keyClasses('yyap') & first).toBe(0);
    keyClassWhere('test.starts-zz', (key) => key.startsWith('yy'));
    expect(keyClasses('yyap') & first).toBe(first);
  });

  it('answers a test class per word in the word view, for one-token words and for words glued from several', async () => {
    const doc = await prepare('The pro-Kremlin outlet reported that 113th brigade troops left Volgograd.');
    const digitStart = keyClassWhere('test.digit-start', (key) => /^[0-9]/.test(key));
    const { words, classes } = wordView(doc);
    const at = (text: string): number => classes[words.findIndex((w) => w.text === text)]!;
    expect(at('pro-Kremlin') & HYPHENATED).toBe(HYPHENATED);
    expect(at('outlet') & HYPHENATED).toBe(0);
    expect(at('113th') & digitStart).toBe(digitStart);
    expect(at('brigade') & digitStart).toBe(0);
  });
});
