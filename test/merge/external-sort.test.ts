import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExternalSort } from '../../src/merge/external-sort.js';
import { SpillColumns } from '../../src/merge/spill-columns.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ng-spill-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fixed pseudo-random sequence (no Math.random: the test must give the same records each time). */
function numbers(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
}

/** `count` records of [key0, key1, payload]: few distinct keys, so equal keys are common; payload = the order added. */
function records(count: number): number[][] {
  const next = numbers(7);
  return Array.from({ length: count }, (_, i) => [next() % 5, next() % 0x1_0000_0000, i]).map(([a, b, i]) => [a!, b! % 3 === 0 ? 0xffffffff : b! % 4, i!]);
}

/** The same records sorted in memory: by key words as unsigned numbers, equal keys in the order added. */
const inMemory = (rs: number[][]): number[][] => [...rs].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!);

// Each record is copied as it comes: a record is a view valid until the next one is taken.
const drain = (sort: ExternalSort): number[][] => Array.from(sort.sorted(), (w) => [...w]);

describe('ExternalSort', () => {
  it('with runs of 3 records merged from files gives the order of a stable in-memory sort', () => {
    const rs = records(50);
    const sort = new ExternalSort(3, 2, dir, 'test', 3, 2);
    for (const r of rs) sort.add(...r);
    expect(sort.size).toBe(50);
    expect(sort.spilledRuns).toBe(16);
    expect(readdirSync(dir)).toHaveLength(16);
    expect(drain(sort)).toEqual(inMemory(rs));
    // Its run files are deleted once the sorted records have been read.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives the same order whatever the run size, and writes no file when everything fits in one run', () => {
    const rs = records(40);
    const orders = [1, 2, 7, 40, 1000].map((run) => {
      const sort = new ExternalSort(3, 2, dir, `run${run}`, run);
      for (const r of rs) sort.add(...r);
      if (run >= 40) expect(sort.spilledRuns).toBe(0);
      return drain(sort);
    });
    for (const order of orders) expect(order).toEqual(inMemory(rs));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('compares key words as unsigned 32-bit numbers, not as signed ones', () => {
    const sort = new ExternalSort(1, 1, dir, 'u', 1);
    for (const x of [0x80000000, 1, 0xffffffff, 0]) sort.add(x);
    expect(drain(sort).flat()).toEqual([0, 1, 0x80000000, 0xffffffff]);
  });

  it('refuses records added after the sorted sequence was asked for', () => {
    const sort = new ExternalSort(1, 1, dir, 'late', 4);
    sort.add(1);
    [...sort.sorted()];
    expect(() => sort.add(2)).toThrow(/after sorted/);
  });
});

describe('SpillColumns', () => {
  it('reads back any range of records, whether in its file, its buffer or across both', () => {
    const columns = new SpillColumns(2, join(dir, 'c.bin'), 3);
    for (let i = 0; i < 10; i++) columns.append(i, 100 + i);
    expect(columns.size).toBe(10);
    // 9 records went to the file (three full buffers), 1 is still in memory.
    expect(readdirSync(dir)).toEqual(['c.bin']);
    const expected = (first: number, count: number): number[] => Array.from({ length: count }, (_, k) => [first + k, 100 + first + k]).flat();
    for (const [first, count] of [[0, 10], [2, 3], [8, 2], [9, 1], [4, 0]] as const) expect([...columns.read(first, count)]).toEqual(expected(first, count));
    expect([...columns.chunks(4)].map((c) => [...c])).toEqual([expected(0, 4), expected(4, 4), expected(8, 2)]);
    columns.close();
  });

  it('writes nothing while its records fit in its buffer', () => {
    const columns = new SpillColumns(4, join(dir, 'small.bin'), 8);
    for (let i = 0; i < 8; i++) columns.append(i, i, i, i);
    expect([...columns.read(7, 1)]).toEqual([7, 7, 7, 7]);
    expect(readdirSync(dir)).toEqual([]);
    columns.close();
  });
});
