import { closeSync, constants, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChunkedWriter } from '../../src/sinks/chunked-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-chunked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whether files in `folder` open for O_DIRECT writes: the oracle the writer's mode is checked against. */
function opensDirect(folder: string): boolean {
  const flag = (constants as { O_DIRECT?: number }).O_DIRECT;
  if (flag === undefined) return false;
  const probe = join(folder, 'probe');
  try {
    closeSync(openSync(probe, constants.O_WRONLY | constants.O_CREAT | flag));
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
}

/** Pieces of every kind the writer treats apart: short and long text, multi-byte text, small, large and huge buffers. */
function pieces(): Array<string | Uint8Array> {
  const bytes = (n: number, seed: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251));
  return [
    'The convoy crossed the river at dawn.\n',
    'é – “quoted” 😀 and a lone surrogate \ud800 end\n',
    bytes(100, 1),
    bytes(70_000, 2), // from 64 KiB: written as it is outside direct mode
    'x'.repeat(4095),
    bytes(4096, 3),
    'ü'.repeat(1_500_000), // longer than a chunk's worth of UTF-8 at 3 bytes a character
    bytes((1 << 22) + 17, 4), // larger than a chunk
    'last line without a block of its own',
  ];
}

const expected = (list: Array<string | Uint8Array>): Buffer => Buffer.concat(list.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

async function write(path: string, list: Array<string | Uint8Array>, direct: boolean): Promise<ChunkedWriter> {
  const out = await ChunkedWriter.open(path, { direct });
  for (const p of list) out.push(p);
  await out.close();
  return out;
}

describe('ChunkedWriter', () => {
  for (const direct of [false, true]) {
    it(`writes every piece in order, byte for byte (direct: ${direct})`, async () => {
      const path = join(dir, `all-${direct}.bin`);
      const out = await write(path, pieces(), direct);
      expect(out.direct).toBe(direct && opensDirect(dir));
      expect(readFileSync(path).equals(expected(pieces()))).toBe(true);
    });

    it(`cuts the file to the bytes pushed, whole blocks or not, and replaces a longer file (direct: ${direct})`, async () => {
      for (const length of [0, 1, 4095, 4096, 4097, 1 << 22, (1 << 22) + 1]) {
        const path = join(dir, `len-${direct}-${length}.bin`);
        writeFileSync(path, Buffer.alloc(length + 10_000, 7));
        const body = Buffer.alloc(length, 65);
        await write(path, [body], direct);
        expect(readFileSync(path).equals(body)).toBe(true);
      }
    });
  }

  it('asks for no direct writes unless told to', async () => {
    const out = await write(join(dir, 'plain.bin'), ['a'], false);
    expect(out.direct).toBe(false);
  });

  // tmpfs refused O_DIRECT before Linux 6.6 (then the writer goes through the page cache) and accepts it since.
  const shm = '/dev/shm';
  it.skipIf(!existsSync(shm) || statfsSync(shm).type !== 0x01021994)('writes the same bytes on tmpfs, directly where it allows it', async () => {
    const folder = mkdtempSync(join(shm, 'newsgraph-chunked-'));
    try {
      const path = join(folder, 'out.bin');
      const out = await write(path, pieces(), true);
      expect(out.direct).toBe(opensDirect(folder));
      expect(readFileSync(path).equals(expected(pieces()))).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
