import { readFileSync, writeFileSync } from 'node:fs';
import type { CompiledIndex, FullRecord } from './index.js';

/**
 * The compiled index on disk: a small JSON header (lists, whole records, section table) followed by the
 * typed arrays as raw little-endian bytes, each 8-byte aligned. Reading takes views on the file's bytes.
 */
const MAGIC = 'NGGAZ004';

type ArrayName = 'geonameId' | 'geoNames' | 'geoNameStart' | 'tier' | 'population' | 'country' | 'type' | 'kind' | 'list' | 'lat' | 'lon' | 'within' | 'keyBytes' | 'keyStart' | 'keyFlags' | 'keyLower' | 'table' | 'pairStart' | 'pairs';
type TypedArray = Int32Array | Uint8Array | Uint16Array | Float32Array | Float64Array;

const ARRAYS: readonly [ArrayName, new (buffer: ArrayBuffer, offset: number, length: number) => TypedArray][] = [
  ['geonameId', Int32Array], ['geoNames', Uint8Array], ['geoNameStart', Int32Array], ['tier', Uint8Array],
  ['population', Float64Array], ['country', Uint16Array], ['type', Uint8Array], ['kind', Uint8Array], ['list', Uint8Array],
  ['lat', Float32Array], ['lon', Float32Array], ['within', Uint16Array], ['keyBytes', Uint8Array], ['keyStart', Int32Array], ['keyFlags', Uint8Array], ['keyLower', Uint16Array],
  ['table', Int32Array], ['pairStart', Int32Array], ['pairs', Int32Array],
];

interface Header {
  lists: string[];
  recordCount: number;
  keyCount: number;
  full: FullRecord[];
  sections: Record<string, [offset: number, length: number]>;
}

const align8 = (n: number): number => (n + 7) & ~7;

export function writeIndex(file: string, index: CompiledIndex): number {
  const sections: Header['sections'] = {};
  let offset = 0;
  for (const [name] of ARRAYS) {
    const a = index[name];
    sections[name] = [offset, a.length];
    offset = align8(offset + a.byteLength);
  }
  const header: Header = { lists: index.lists, recordCount: index.recordCount, keyCount: index.keyCount, full: index.full, sections };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = align8(MAGIC.length + 4 + headerBytes.length);
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(out, MAGIC.length + 4);
  for (const [name] of ARRAYS) {
    const a = index[name];
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, start + sections[name]![0]);
  }
  writeFileSync(file, out);
  return out.length;
}

export function readIndex(file: string): CompiledIndex {
  const raw = readFileSync(file);
  if (raw.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${file} is not a newsgraph gazetteer index of this version; rebuild it with "npm run gazetteers"`);
  // Typed-array views need an aligned buffer of their own (small files come from Node's shared pool).
  const bytes = raw.byteOffset % 8 === 0 ? raw : Buffer.from(new Uint8Array(raw));
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + headerLength)) as Header;
  const start = bytes.byteOffset + align8(MAGIC.length + 4 + headerLength);
  const arrays = {} as Record<ArrayName, TypedArray>;
  for (const [name, Kind] of ARRAYS) {
    const [offset, length] = header.sections[name]!;
    arrays[name] = new Kind(bytes.buffer as ArrayBuffer, start + offset, length);
  }
  return { lists: header.lists, recordCount: header.recordCount, keyCount: header.keyCount, full: header.full, ...arrays } as CompiledIndex;
}
