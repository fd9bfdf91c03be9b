import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mapPacked } from '../../src/model/packed-list.js';

/** A small seeded generator (mulberry32), so the lists are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('mapPacked', () => {
  it('gives what Array.prototype.map gives: the same values, in order, each made from its item and index', () => {
    const random = seeded(21);
    for (let n = 0; n < 200; n++) {
      const list = Array.from({ length: Math.floor(random() * 40) }, () => ({ start: Math.floor(random() * 1000), text: random() < 0.5 ? 'Ostrova' : 'Belka' }));
      const f = (m: { start: number; text: string }, i: number) => ({ at: m.start + i, name: m.text });
      expect(mapPacked(list, f)).toEqual(list.map(f));
    }
    expect(mapPacked([], (x: number) => x)).toEqual([]);
  });

  // Why it exists: the list it makes must not change V8's hidden class when its caller is optimized (the built-in
  // `map`, inlined by TurboFan, makes a holey list). Read with V8's own tests of a list's elements kind, in a child
  // process started with --allow-natives-syntax; fails if mapPacked's list is holey in either tier.
  it('makes a packed list both before and after V8 optimizes its caller', () => {
    const script = `
      const mapPacked = ${mapPacked.toString()};
      const make = (x, i) => ({ x, i });
      const list = [{ a: 1 }, { a: 2 }, { a: 3 }];
      const before = %HasHoleyElements(mapPacked(list, make));
      %PrepareFunctionForOptimization(mapPacked);
      for (let k = 0; k < 10; k++) mapPacked(list, make);
      %OptimizeFunctionOnNextCall(mapPacked);
      const after = %HasHoleyElements(mapPacked(list, make));
      const optimized = (%GetOptimizationStatus(mapPacked) & 64) !== 0; // by TurboFan
      process.stdout.write(JSON.stringify({ before, after, optimized }));
    `;
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ before: false, after: false, optimized: true });
  });
});
