import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../src/read/discover.js';
import { PackedInputs } from '../../src/read/packed-inputs.js';

/** Made-up inputs: several chunks' worth, non-ASCII names, files without a format and with problems. */
function inputs(n: number): InputFile[] {
  const files: InputFile[] = [];
  for (let i = 0; i < n; i++) {
    const relPath = i % 7 === 0 ? `Ostrova/Dubno-${i}-é€𝄞.md` : `belka/report-${i}.txt`;
    const path = `/data/news/${relPath}`;
    if (i % 500 === 3) files.push({ path, relPath, problem: `skipped: unsupported file type ".bin"` });
    else if (i % 500 === 4) files.push({ path, relPath, format: 'json', problem: 'cannot read input: EACCES' });
    else files.push({ path, relPath, format: i % 7 === 0 ? 'markdown' : i % 11 === 0 ? 'jsonl' : 'text' });
  }
  return files;
}

describe('PackedInputs', () => {
  it('gives back every file as discoverInputs listed it, keys in the same order', () => {
    const files = inputs(2_600);
    const packed = new PackedInputs(files);
    expect(packed.length).toBe(files.length);
    for (let i = 0; i < files.length; i++) expect(JSON.stringify(packed.take(i))).toBe(JSON.stringify(files[i]));
  });

  it('lets a chunk go once its last file is taken, and not before', () => {
    const packed = new PackedInputs(inputs(2_100));
    for (let i = 0; i < 1_023; i++) packed.take(i);
    expect(packed.take(5).relPath).toBe('belka/report-5.txt');
    packed.take(1_023);
    expect(() => packed.take(5)).toThrow(/taken already/);
    expect(packed.take(2_099).relPath).toBe('belka/report-2099.txt');
  });

  it('holds an empty list', () => {
    expect(new PackedInputs([]).length).toBe(0);
  });
});
