import type { InputFile, InputFormat } from './discover.js';

/** Files per chunk: a chunk is let go once its last file is taken. */
const CHUNK_FILES = 1024;
const FORMATS: readonly (InputFormat | undefined)[] = [undefined, 'text', 'markdown', 'jsonl', 'json'];

interface Chunk {
  /** Each file's path, then its relative path, as UTF-8. */
  bytes: Buffer;
  /** Where file k's path starts (2k), its relative path (2k + 1); the chunk's end last. */
  starts: Uint32Array;
  /** Index into FORMATS. */
  formats: Uint8Array;
  /** The few files with a problem (unsupported type, unreadable folder): file number → problem. */
  problems: Map<number, string> | undefined;
}

/**
 * The run's input files in their order (`discoverInputs`), packed into UTF-8 byte chunks of 1,024 files, each let
 * go once its last file is taken (`take`, in order). As InputFile objects the list was 178 bytes a file in V8's heap
 * (17.8 MB for the 105,033 files of 500 MB of 5 kB documents, `node --expose-gc`, heap before and after the
 * call), made before the first document and freed only as files were taken: it raised the first part of a long
 * run's processing phase by that and by V8's slack over it (issue 15: memory flat from 25 to 500 MB). Packed it is
 * ~75 bytes a file, outside V8's heap.
 */
export class PackedInputs {
  private readonly chunks: Array<Chunk | undefined> = [];
  readonly length: number;

  constructor(files: readonly InputFile[]) {
    this.length = files.length;
    for (let from = 0; from < files.length; from += CHUNK_FILES) this.chunks.push(pack(files, from, Math.min(files.length, from + CHUNK_FILES)));
  }

  /** File `i`; taking the last file of a chunk lets the chunk go (a file is taken once, in order). */
  take(i: number): InputFile {
    const c = Math.floor(i / CHUNK_FILES);
    const chunk = this.chunks[c];
    if (!chunk) throw new Error(`input file ${i} was taken already`);
    const k = i - c * CHUNK_FILES;
    const { bytes, starts } = chunk;
    const file: InputFile = { path: bytes.toString('utf8', starts[2 * k]!, starts[2 * k + 1]!), relPath: bytes.toString('utf8', starts[2 * k + 1]!, starts[2 * k + 2]!) };
    const format = FORMATS[chunk.formats[k]!];
    if (format) file.format = format;
    const problem = chunk.problems?.get(k);
    if (problem !== undefined) file.problem = problem;
    if (k === chunk.formats.length - 1) this.chunks[c] = undefined;
    return file;
  }
}

function pack(files: readonly InputFile[], from: number, to: number): Chunk {
  const n = to - from;
  const starts = new Uint32Array(2 * n + 1);
  const formats = new Uint8Array(n);
  let problems: Map<number, string> | undefined;
  let size = 0;
  for (let k = 0; k < n; k++) {
    const f = files[from + k]!;
    size += Buffer.byteLength(f.path) + Buffer.byteLength(f.relPath);
  }
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (let k = 0; k < n; k++) {
    const f = files[from + k]!;
    starts[2 * k] = at;
    at += bytes.write(f.path, at);
    starts[2 * k + 1] = at;
    at += bytes.write(f.relPath, at);
    formats[k] = FORMATS.indexOf(f.format);
    if (f.problem !== undefined) (problems ??= new Map()).set(k, f.problem);
  }
  starts[2 * n] = at;
  return { bytes, starts, formats, problems };
}
