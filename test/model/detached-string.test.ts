import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { detached } from '../../src/model/detached-string.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap growth (MB) from keeping one 40-character piece of each of 30 fresh 1 MB texts, the texts dropped. */
function heapKeptBy(keep: (piece: string) => string): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < 30; i++) {
    // A fresh flat text each time (repeat alone makes a rope; the template literal flattens on slice).
    const text = `${i} ${'word '.repeat(200_000)}`;
    kept.push(keep(text.slice(100, 140)));
  }
  gc();
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  expect(kept.every((piece) => piece.length === 40)).toBe(true);
  return grown;
}

describe('detached', () => {
  it('is the same text', () => {
    const text = 'The 1st Guards Tank Army operated near Kupyansk.';
    for (const piece of [text.slice(4, 9), text.slice(4, 30), text, '']) expect(detached(piece)).toBe(piece);
  });

  it('does not keep the text it was cut from alive, where a plain slice does', () => {
    // The control shows the test can fail: plain slices keep all 30 MB of their parents.
    expect(heapKeptBy((piece) => piece)).toBeGreaterThan(20);
    expect(heapKeptBy(detached)).toBeLessThan(3);
  });
});
