import { describe, expect, it } from 'vitest';
import { fitsInt32, HASH_SEED, hashStep, PieceTable } from '../../src/tokenize/piece-table.js';

const hashOf = (text: string, start: number, end: number): number => {
  let h = HASH_SEED;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
};

/** The values stored for a stretch, or undefined. */
const valuesOf = (table: PieceTable, text: string, start: number, end: number): number[] | undefined => {
  const at = table.find(text, start, end, hashOf(text, start, end));
  return at < 0 ? undefined : Array.from(table.pool.subarray(at, at + table.pool[at - 1]!));
};

describe('piece table', () => {
  it('finds stretches of any text by their characters, through growth of slots and pool', () => {
    const table = new PieceTable(4);
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}’s`);
    const text = words.join(' ');
    let at = 0;
    for (const [i, w] of words.entries()) {
      table.add(text, at, at + w.length, hashOf(text, at, at + w.length), [i, -i, 2 ** 31 - 1, 7], 1, 1 + (i % 4));
      at += w.length + 1;
    }
    expect(table.size).toBe(3000);
    const other = `x ${words[2999]} ${words[6]}`;
    expect(valuesOf(table, other, 2, 2 + words[2999]!.length)).toEqual([-2999, 2 ** 31 - 1, 7]);
    expect(valuesOf(table, other, 3 + words[2999]!.length, other.length)).toEqual([-6, 2 ** 31 - 1]);
    expect(valuesOf(table, text, 0, words[0]!.length)).toEqual([]);
    // A stretch never added, a prefix of one that was, and one that differs in its last character only.
    expect(valuesOf(table, 'zzz', 0, 3)).toBeUndefined();
    expect(valuesOf(table, text, 0, 2)).toBeUndefined();
    expect(valuesOf(table, 'w0’x', 0, 4)).toBeUndefined();
  });

  it('tells which lists it can hold exactly', () => {
    expect(fitsInt32([0, 65_536, 2 ** 31 - 1, -(2 ** 31)], 0, 4)).toBe(true);
    expect(fitsInt32([1, 2 ** 31], 0, 2)).toBe(false);
    expect(fitsInt32([1.5], 0, 1)).toBe(false);
    expect(fitsInt32([2 ** 31, 1], 1, 2)).toBe(true);
  });
});
