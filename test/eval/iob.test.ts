import { describe, expect, it } from 'vitest';
import { decodeTags } from '../../src/eval/iob.js';

describe('decodeTags', () => {
  it('reads IOB1: I- opens a chunk, B- only splits two adjacent chunks of one type', () => {
    // "Kyiv Lviv" as two adjacent places, then a person of two tokens
    expect(decodeTags(['I-LOC', 'B-LOC', 'O', 'I-PER', 'I-PER'])).toEqual([
      { start: 0, end: 1, label: 'LOC' },
      { start: 1, end: 2, label: 'LOC' },
      { start: 3, end: 5, label: 'PER' },
    ]);
  });

  it('reads IOB2: B- opens every chunk and I- continues it', () => {
    expect(decodeTags(['B-ORG', 'I-ORG', 'B-ORG', 'O', 'B-PER'])).toEqual([
      { start: 0, end: 2, label: 'ORG' },
      { start: 2, end: 3, label: 'ORG' },
      { start: 4, end: 5, label: 'PER' },
    ]);
  });

  it('splits where the type changes even without a B- tag', () => {
    expect(decodeTags(['I-ORG', 'I-LOC'])).toEqual([
      { start: 0, end: 1, label: 'ORG' },
      { start: 1, end: 2, label: 'LOC' },
    ]);
  });

  it('closes a chunk at the end of the tags', () => {
    expect(decodeTags(['O', 'B-MISC', 'I-MISC'])).toEqual([{ start: 1, end: 3, label: 'MISC' }]);
  });

  it('reads IOBES / BILOU single and last tags', () => {
    expect(decodeTags(['S-LOC', 'S-LOC', 'B-PER', 'E-PER', 'U-ORG', 'B-ORG', 'L-ORG'])).toEqual([
      { start: 0, end: 1, label: 'LOC' },
      { start: 1, end: 2, label: 'LOC' },
      { start: 2, end: 4, label: 'PER' },
      { start: 4, end: 5, label: 'ORG' },
      { start: 5, end: 7, label: 'ORG' },
    ]);
  });

  it('reads bare labels (IO scheme) as chunks, and O as nothing', () => {
    expect(decodeTags(['PER', 'PER', 'O', 'O'])).toEqual([{ start: 0, end: 2, label: 'PER' }]);
    expect(decodeTags(['O', 'O'])).toEqual([]);
  });
});
