import { describe, expect, it } from 'vitest';
import { collectFully } from '../../src/model/full-collection.js';

/** A WeakRef's target is kept until the job that made the ref ends: the collection is asked for a tick later. */
const nextTick = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

describe('collectFully', () => {
  it('collects an object nothing references any more, and keeps one that is still referenced', async () => {
    let dropped: { rows: number[] } | undefined = { rows: Array.from({ length: 1000 }, (_, i) => i) };
    const kept = { rows: [1, 2, 3] };
    const droppedRef = new WeakRef(dropped);
    const keptRef = new WeakRef(kept);
    dropped = undefined;
    await nextTick();
    collectFully();
    expect(droppedRef.deref()).toBeUndefined();
    expect(keptRef.deref()).toBe(kept);
  });

  it('gives the main context no gc function', () => {
    collectFully();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
