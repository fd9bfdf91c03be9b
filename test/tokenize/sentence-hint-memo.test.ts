import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { memoizedSentenceHints } from '../../src/tokenize/sentence-hint-memo.js';
import { fixedVocabularyInstance } from '../../src/tokenize/fixed-vocabulary.js';

/** A stand-in for the model's hint function: depends on the normal, the lexeme and the preceding spaces. */
function fakeHints() {
  const calls: number[] = [];
  const fn = (token: number, _cache: unknown, raw: ArrayLike<number>, i: number): number => {
    calls.push(token);
    return token * 1000 + raw[i * 4]! * 10 + ((raw[i * 4 + 1]! & 0xffff) !== 0 ? 1 : 0);
  };
  return { fn, calls };
}

describe('sentence-hint memo', () => {
  it('gives the function’s own value with and without preceding spaces, computing once per lexeme', () => {
    const { fn, calls } = fakeHints();
    const memo = memoizedSentenceHints(fn);
    const cache = {};
    // Lexeme 7 (normal 3), first after no space, then after two spaces, then again; lexeme 9 after a space.
    const raw = [7, 0, 0, 0, 7, 2, 0, 0, 7, 0, 0, 0, 9, 1, 0, 0];
    expect([0, 1, 2, 3].map((i) => memo(i === 3 ? 5 : 3, cache, raw, i))).toEqual([3070, 3071, 3070, 5091]);
    // Two calls (bare, after a space) per lexeme met, none for the repeats.
    expect(calls).toEqual([3, 3, 5, 5]);
  });

  it('recomputes when the same lexeme comes with another normal (a contraction’s expansion)', () => {
    const { fn, calls } = fakeHints();
    const memo = memoizedSentenceHints(fn);
    const cache = {};
    const raw = [7, 0, 0, 0];
    expect(memo(3, cache, raw, 0)).toBe(3070);
    expect(memo(4, cache, raw, 0)).toBe(4070);
    expect(calls).toEqual([3, 3, 4, 4]);
  });

  it('leaves another cache’s calls to the function itself', () => {
    const { fn, calls } = fakeHints();
    const memo = memoizedSentenceHints(fn);
    const raw = [7, 0, 0, 0];
    memo(3, {}, raw, 0);
    expect(memo(3, {}, raw, 0)).toBe(3070);
    expect(memo(3, {}, raw, 0)).toBe(3070);
    expect(calls).toEqual([3, 3, 3, 3]);
  });

  it('grows past the model’s vocabulary', () => {
    const { fn } = fakeHints();
    const memo = memoizedSentenceHints(fn);
    const cache = {};
    const raw = [300_000, 1, 0, 0];
    expect(memo(2, cache, raw, 0)).toBe(2000 + 3_000_000 + 1);
    expect(memo(2, cache, raw, 0)).toBe(2000 + 3_000_000 + 1);
  });

  it('cuts sentences as wink-nlp as published does (quotes after and without spaces, abbreviations)', () => {
    const texts = [
      'Colonel Marsk said "the line holds." Then he left. Mr. Telen arrived at 5 p.m. on Tuesday.',
      'They said "it is over."Then the U.S. envoy, Dr. Vell, spoke; e.g. the talks ended. "Why?" he asked.',
      'It\'s over, isn\'t it? The brigade can\'t hold. Gen. Marsk won\'t say.',
    ];
    const ours = fixedVocabularyInstance(['sbd']);
    for (const text of texts) {
      const plain = winkNLP(model, ['sbd']);
      for (let round = 0; round < 2; round++) {
        expect(ours.readDoc(text).sentences().out(ours.its.span)).toEqual(plain.readDoc(text).sentences().out(plain.its.span));
      }
    }
  });
});
