import { describe, expect, it } from 'vitest';
import { ChunkedWords } from '../../src/model/chunked-words.js';

describe('chunked rows of words', () => {
  it('keeps every row across chunk edges (chunks of 4 rows of 3 words)', () => {
    const rows = new ChunkedWords(3, 2);
    for (let i = 0; i < 13; i++) {
      expect(rows.add()).toBe(i);
      for (let f = 0; f < 3; f++) expect(rows.get(i, f)).toBe(0);
      for (let f = 0; f < 3; f++) rows.set(i, f, 100 * i + f);
    }
    expect(rows.size).toBe(13);
    for (let i = 0; i < 13; i++) for (let f = 0; f < 3; f++) expect(rows.get(i, f)).toBe(100 * i + f);
    // The last row of a chunk and the first of the next: different chunks, each row at its own offset.
    expect(rows.chunk(3)).not.toBe(rows.chunk(4));
    expect(rows.chunk(4)).toBe(rows.chunk(7));
    expect([rows.offset(3), rows.offset(4), rows.offset(7)]).toEqual([9, 0, 9]);
    expect(Array.from(rows.chunk(12).subarray(rows.offset(12), rows.offset(12) + 3))).toEqual([1200, 1201, 1202]);
  });

  it('keeps 32-bit words whole and makes a chunk only when a row needs one', () => {
    const rows = new ChunkedWords(2, 1);
    rows.add();
    rows.set(0, 1, 0xffffffff);
    expect(rows.get(0, 1)).toBe(0xffffffff);
    expect(rows.chunk(0).length).toBe(4);
    rows.add();
    expect(rows.chunk(1)).toBe(rows.chunk(0));
    rows.add();
    expect(rows.chunk(2)).not.toBe(rows.chunk(1));
  });
});
