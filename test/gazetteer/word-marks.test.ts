import { describe, expect, it } from 'vitest';
import { WordMarks } from '../../src/gazetteer/word-marks.js';

describe('WordMarks (word-marks.ts)', () => {
  it('holds the word indices added, from 0 to the count itself (one past the last word)', () => {
    const marks = new WordMarks(5);
    marks.add(0);
    marks.add(3);
    marks.add(5);
    expect([0, 1, 2, 3, 4, 5].map((w) => marks.has(w))).toEqual([true, false, false, true, false, true]);
  });

  it('is empty when made, and adding twice is adding once', () => {
    const marks = new WordMarks(2);
    expect(marks.has(1)).toBe(false);
    marks.add(1);
    marks.add(1);
    expect(marks.has(1)).toBe(true);
    expect(marks.has(2)).toBe(false);
  });
});
