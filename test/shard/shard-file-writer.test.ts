import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listShards, ShardFileWriter } from '../../src/shard/store.js';

const root = mkdtempSync(join(tmpdir(), 'newsgraph-shard-writer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const freshDir = (): string => mkdtempSync(join(root, `d${folders++}-`));

/** Records in pieces of several sizes: a few bytes, a block and one more, more than 4 MB. */
function records(seed: number): Array<{ key: string; parts: Buffer[] }> {
  const bytes = (n: number, s: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 13 + s + seed) % 241));
  return [
    { key: `a${seed}`, parts: [Buffer.from('{"header":1}\n'), bytes(17, 1), bytes(4097, 2)] },
    { key: `b${seed}`, parts: [Buffer.from('{"header":2}\n'), bytes((1 << 22) + 5, 3), bytes(0, 4)] },
    { key: `c${seed}`, parts: [Buffer.from('{"header":3}\n'), bytes(4095, 5)] },
  ];
}

function writeAll(writer: ShardFileWriter, list: ReturnType<typeof records>): number[] {
  return list.map((r) => writer.append(r.key, r.parts));
}

function expectShard(path: string, list: ReturnType<typeof records>, offsets: number[]): void {
  const file = readFileSync(path);
  expect(file.equals(Buffer.concat(list.flatMap((r) => r.parts)))).toBe(true);
  let at = 0;
  list.forEach((r, i) => {
    expect(offsets[i]).toBe(at);
    at += r.parts.reduce((n, p) => n + p.length, 0);
  });
}

describe('ShardFileWriter', () => {
  it('writes the records byte for byte at the offsets it returns, and the shard exists only once finished', () => {
    const dir = freshDir();
    const writer = new ShardFileWriter(dir);
    const list = records(1);
    const offsets = writeAll(writer, list);
    expect(listShards(dir)).toEqual([]);
    const path = writer.finish()!;
    expect(listShards(dir)).toEqual([path]);
    expect(readdirSync(dir)).toHaveLength(1);
    expectShard(path, list, offsets);
  });

  it('leaves nothing when aborted, and no file when no record was appended', () => {
    const dir = freshDir();
    const aborted = new ShardFileWriter(dir);
    writeAll(aborted, records(2));
    aborted.abort();
    expect(new ShardFileWriter(dir).finish()).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('closes once: writers opened around a finished-then-aborted one write their own bytes', () => {
    const dir = freshDir();
    const first = new ShardFileWriter(dir);
    writeAll(first, records(3));
    first.finish();
    // x likely gets the file descriptor number first closed: a second close would close x's file.
    const x = new ShardFileWriter(dir);
    first.abort();
    const y = new ShardFileWriter(dir);
    const [lx, ly] = [records(4), records(5)];
    const ox: number[] = [];
    const oy: number[] = [];
    lx.forEach((r, i) => {
      ox.push(x.append(r.key, r.parts));
      oy.push(y.append(ly[i]!.key, ly[i]!.parts));
    });
    expectShard(x.finish()!, lx, ox);
    expectShard(y.finish()!, ly, oy);
  });
});
