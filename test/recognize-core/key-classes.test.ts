import { describe, expect, it } from 'vitest';
import { keyClass, keyClasses } from '../../src/model/key-classes.js';
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
});
