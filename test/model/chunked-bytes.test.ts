import { describe, expect, it } from 'vitest';
import { ChunkedBytes } from '../../src/model/chunked-bytes.js';

const read = (store: ChunkedBytes, [chunk, offset]: [number, number], length: number): string => store.chunk(chunk).toString('utf8', offset, offset + length);

describe('chunked byte strings', () => {
  it('puts strings one after another, starts a chunk for one that does not fit, and keeps each whole', () => {
    const store = new ChunkedBytes(8);
    const words = ['ostr', 'ova', 'b', 'belka-', '', 'dubno', 'a-name-longer-than-a-chunk', 'zr'];
    const at = words.map((w) => store.add(Buffer.from(w)));
    // 'ostr' + 'ova' + 'b' fill the first chunk exactly; 'belka-' starts the second; '' fits there; 'dubno' does not.
    expect(at.slice(0, 6)).toEqual([[0, 0], [0, 4], [0, 7], [1, 0], [1, 6], [2, 0]]);
    // Longer than a chunk: a chunk of its own, and the next string a fresh chunk after it.
    expect(at[6]).toEqual([3, 0]);
    expect(store.chunk(3).length).toBe('a-name-longer-than-a-chunk'.length);
    expect(at[7]).toEqual([4, 0]);
    words.forEach((w, k) => expect(read(store, at[k]!, Buffer.byteLength(w))).toBe(w));
  });

  it('keeps multi-byte UTF-8 whole at a chunk edge', () => {
    const store = new ChunkedBytes(6);
    const first = store.add(Buffer.from('abcd'));
    const second = store.add(Buffer.from('Łódź'));
    expect(second[0]).toBe(1);
    expect(read(store, first, 4)).toBe('abcd');
    expect(read(store, second, Buffer.byteLength('Łódź'))).toBe('Łódź');
  });
});
