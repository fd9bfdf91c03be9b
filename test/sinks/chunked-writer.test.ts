import { closeSync, constants, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChunkedWriter, NODE_FILES, type WriterFiles } from '../../src/sinks/chunked-writer.js';

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

async function write(path: string, list: Array<string | Uint8Array>, direct: boolean, files?: WriterFiles): Promise<ChunkedWriter> {
  const out = await ChunkedWriter.open(path, { direct, ...(files ? { files } : {}) });
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

const O_DIRECT = (constants as { O_DIRECT?: number }).O_DIRECT;

/**
 * A file system that refuses direct I/O the way some do: `at: 'open'` fails an O_DIRECT open with EINVAL,
 * `at: 'write'` accepts the open (the file is really opened without the flag) and fails every write to that
 * file descriptor with EINVAL; `failWith` fails every write with that code instead. Counts what it refused.
 */
function refusingFiles(at: 'open' | 'write', failWith?: string): WriterFiles & { refused: number } {
  const direct = new Set<number>();
  const files = {
    refused: 0,
    open(path: string, flags: number | string, mode?: number): number {
      if (typeof flags === 'number' && O_DIRECT !== undefined && flags & O_DIRECT) {
        if (at === 'open') {
          files.refused++;
          throw Object.assign(new Error('EINVAL: invalid argument, open'), { code: 'EINVAL' });
        }
        const fd = NODE_FILES.open(path, flags & ~O_DIRECT, mode);
        direct.add(fd);
        return fd;
      }
      return NODE_FILES.open(path, flags, mode);
    },
    write(fd: number, bytes: Uint8Array, offset: number, length: number, position: number): number {
      if (direct.has(fd) || failWith) {
        files.refused++;
        const code = failWith ?? 'EINVAL';
        throw Object.assign(new Error(`${code}: refused, write`), { code });
      }
      return NODE_FILES.write(fd, bytes, offset, length, position);
    },
    truncate: NODE_FILES.truncate,
    close(fd: number): void {
      direct.delete(fd);
      NODE_FILES.close(fd);
    },
  };
  return files;
}

describe.skipIf(O_DIRECT === undefined)('ChunkedWriter on a file system that refuses direct I/O', () => {
  it('goes on through the page cache when the first direct write is refused, with every byte in order', async () => {
    const files = refusingFiles('write');
    const path = join(dir, 'refused-write.bin');
    const out = await write(path, pieces(), true, files);
    expect(out.direct).toBe(false);
    expect(files.refused).toBe(1);
    expect(readFileSync(path).equals(expected(pieces()))).toBe(true);
  });

  it('cuts the file to the bytes pushed when the refused write is the padded last block', async () => {
    for (const length of [1, 4095, 4096, 4097, (1 << 22) + 1]) {
      const files = refusingFiles('write');
      const path = join(dir, `refused-len-${length}.bin`);
      writeFileSync(path, Buffer.alloc(length + 10_000, 7));
      const body = Buffer.alloc(length, 66);
      const out = await write(path, [body], true, files);
      expect(out.direct).toBe(false);
      expect(readFileSync(path).equals(body)).toBe(true);
    }
  });

  it('copies a byte source whole after the fallback', async () => {
    const files = refusingFiles('write');
    const path = join(dir, 'refused-source.bin');
    const whole = Buffer.from(Array.from({ length: (1 << 23) + 999 }, (_, i) => (i * 7) % 253));
    const out = await ChunkedWriter.open(path, { direct: true, files });
    out.push('head\n');
    out.pushFrom({ length: whole.length, read: (target, offset, length, from) => void whole.copy(target, offset, from, from + length) });
    await out.close();
    expect(out.direct).toBe(false);
    expect(readFileSync(path).equals(Buffer.concat([Buffer.from('head\n'), whole]))).toBe(true);
  });

  it('writes through the page cache from the start when the direct open is refused', async () => {
    const files = refusingFiles('open');
    const path = join(dir, 'refused-open.bin');
    const out = await write(path, pieces(), true, files);
    expect(out.direct).toBe(false);
    expect(files.refused).toBe(1);
    expect(readFileSync(path).equals(expected(pieces()))).toBe(true);
  });

  it('does not take a write error other than EINVAL for a refusal of direct I/O', async () => {
    const files = refusingFiles('write', 'ENOSPC');
    await expect(write(join(dir, 'full.bin'), pieces(), true, files)).rejects.toThrow(/ENOSPC/);
    expect(files.refused).toBe(1);
  });

  it('does not fall back from EINVAL outside direct mode', async () => {
    const files = refusingFiles('open', 'EINVAL');
    await expect(write(join(dir, 'einval.bin'), ['a'], false, files)).rejects.toThrow(/EINVAL/);
    expect(files.refused).toBe(1);
  });
});
