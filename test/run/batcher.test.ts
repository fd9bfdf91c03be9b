import { describe, expect, it } from 'vitest';
import { batcher } from '../../src/run/batcher.js';

describe('batcher', () => {
  it('sends full batches at once and the rest on the next turn, and answers each item in order', async () => {
    const seen: number[][] = [];
    const b = batcher<number, number>(3, async (items) => {
      seen.push(items);
      return items.map((x) => x * 10);
    });
    const out = await Promise.all([1, 2, 3, 4, 5].map((x) => b.add(x)));
    expect(out).toEqual([10, 20, 30, 40, 50]);
    expect(seen).toEqual([[1, 2, 3], [4, 5]]);
  });

  it('rejects only the item whose result is an error, and every item of a batch that failed as a whole', async () => {
    const b = batcher<number, number>(4, async (items) => items.map((x) => (x === 2 ? new Error('bad 2') : x)));
    const settled = await Promise.allSettled([1, 2, 3].map((x) => b.add(x)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const failing = batcher<number, number>(4, async () => {
      throw new Error('worker died');
    });
    const all = await Promise.allSettled([1, 2].map((x) => failing.add(x)));
    expect(all.map((s) => (s.status === 'rejected' ? (s.reason as Error).message : 'ok'))).toEqual(['worker died', 'worker died']);
  });
});
