import { closeSync, openSync, readSync } from 'node:fs';
import { NS } from '../graph/vocabulary.js';
import { grown, StringIds } from '../model/compact.js';
import { decodeHeader, SECTIONS, type RecordHeader, type Section } from './format.js';
import type { RecordRef } from './store.js';

/** Where a record's body is, and its sections' byte lengths (in SECTIONS order): what reading its sections needs. */
export interface RecordPlace {
  file: string;
  bodyStart: number;
  sections: ArrayLike<number>;
}

/** Byte offset (in the file) of a record's section. */
export function sectionStart(place: RecordPlace, section: Section): number {
  let at = place.bodyStart;
  for (let s = 0; SECTIONS[s] !== section; s++) at += place.sections[s]!;
  return at;
}

/** Reads `length` bytes of `file` at `position` (the merge passes its reader, which keeps files open). */
export type ReadBytes = (file: string, position: number, length: number) => Buffer;

const SECTION_COUNT = SECTIONS.length;
const IRI_WORDS = 4;
const DOC_IRI = new RegExp(`^${NS.doc.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[0-9a-f]{32}$`);

/**
 * The records of a run, a few numbers each, in typed arrays: where the record is (shard file number, the
 * offsets of its header and body, its sections' lengths), and what the merge sorts documents by (the
 * document id's UTF-8 bytes, the part number, the document IRI's 128-bit hash). Everything else of the
 * header (key, paths, counts, messages) stays in the shard and is read again when needed: holding each
 * record's decoded header, with the file reports and the per-document objects of the merge, kept ~3 kB a
 * document for the whole run (heap snapshots: 119 MB live at 5.6k documents of 5 kB, 165 MB at 21k).
 * This holds ~100 bytes a record (~40 of them the id).
 */
export class RecordTable {
  private readonly files = new StringIds();
  private capacity = 0;
  private fileOf = new Uint32Array(0);
  private headerStart = new Float64Array(0);
  private bodyStart = new Float64Array(0);
  private sectionBytes = new Uint32Array(0);
  private partIndex = new Uint32Array(0);
  /** The part count, 0 for a document of one record. */
  private partCount = new Uint32Array(0);
  private iriWords = new Uint32Array(0);
  private idAt = new Float64Array(0);
  private idLength = new Uint32Array(0);
  private ids = Buffer.alloc(0);
  private idBytes = 0;
  size = 0;

  /** Adds a record (its header is read for what is kept, then dropped); returns its number. */
  add(ref: RecordRef): number {
    const { header } = ref;
    if (!DOC_IRI.test(header.doc.iri)) throw new Error(`${ref.file}: shard record with an unexpected document IRI ${header.doc.iri}`);
    if (this.size === this.capacity) this.grow(Math.max(1024, 2 * this.capacity));
    const i = this.size++;
    this.fileOf[i] = this.files.id(ref.file);
    this.headerStart[i] = ref.headerStart;
    this.bodyStart[i] = ref.bodyStart;
    for (let s = 0; s < SECTION_COUNT; s++) {
      const n = header.sections[s]!;
      if (!(n >= 0 && n <= 0xffffffff)) throw new Error(`${ref.file}: shard record with a section of ${n} bytes`);
      this.sectionBytes[SECTION_COUNT * i + s] = n;
    }
    this.partIndex[i] = header.part?.[0] ?? 0;
    this.partCount[i] = header.part?.[1] ?? 0;
    const hex = header.doc.iri.slice(-32);
    for (let w = 0; w < IRI_WORDS; w++) this.iriWords[IRI_WORDS * i + w] = parseInt(hex.slice(8 * w, 8 * w + 8), 16);
    const id = Buffer.from(header.doc.id, 'utf8');
    if (this.idBytes + id.length > this.ids.length) {
      const grown = Buffer.alloc(Math.max(1 << 16, 2 * (this.idBytes + id.length)));
      this.ids.copy(grown, 0, 0, this.idBytes);
      this.ids = grown;
    }
    id.copy(this.ids, this.idBytes);
    this.idAt[i] = this.idBytes;
    this.idLength[i] = id.length;
    this.idBytes += id.length;
    return i;
  }

  /** Record `i` of `other` added to this table (reading its header again). */
  addFrom(other: RecordTable, i: number, read?: ReadBytes): number {
    return this.add(other.ref(i, read));
  }

  place(i: number): RecordPlace {
    return { file: this.files.names[this.fileOf[i]!]!, bodyStart: this.bodyStart[i]!, sections: this.sectionBytes.subarray(SECTION_COUNT * i, SECTION_COUNT * (i + 1)) };
  }

  /** The record's header line with its line break: [file, offset, length]. */
  headerSpan(i: number): [file: string, position: number, length: number] {
    return [this.files.names[this.fileOf[i]!]!, this.headerStart[i]!, this.bodyStart[i]! - this.headerStart[i]!];
  }

  /** The record's header, read again from its shard. */
  header(i: number, read: ReadBytes = readOnce): RecordHeader {
    const [file, position, length] = this.headerSpan(i);
    return decodeHeader(read(file, position, length).toString('utf8', 0, length - 1));
  }

  /** The record as a RecordRef (its header read again). */
  ref(i: number, read?: ReadBytes): RecordRef {
    return { file: this.files.names[this.fileOf[i]!]!, header: this.header(i, read), headerStart: this.headerStart[i]!, bodyStart: this.bodyStart[i]! };
  }

  /** Part number of a document in parts, and the number of parts (0 for a document of one record). */
  part(i: number): [index: number, count: number] {
    return [this.partIndex[i]!, this.partCount[i]!];
  }

  /** The record's document IRI. */
  iri(i: number): string {
    let hex = '';
    for (let w = 0; w < IRI_WORDS; w++) hex += this.iriWords[IRI_WORDS * i + w]!.toString(16).padStart(8, '0');
    return NS.doc + hex;
  }

  /** Document IRIs compared as strings are (they differ only in their hex digits). */
  compareIri(a: number, b: number): number {
    const w = this.iriWords;
    for (let k = 0; k < IRI_WORDS; k++) {
      const d = w[IRI_WORDS * a + k]! - w[IRI_WORDS * b + k]!;
      if (d !== 0) return d;
    }
    return 0;
  }

  /**
   * Document ids compared as JavaScript compares strings (UTF-16 code units). Bytes decide while they are
   * ASCII; from a differing non-ASCII byte on, the two ids are decoded and compared as strings (UTF-8's
   * byte order is the code points', which differs from the code units' for characters above U+FFFF).
   */
  compareId(a: number, b: number): number {
    const ids = this.ids;
    const x = this.idAt[a]!;
    const y = this.idAt[b]!;
    const n = this.idLength[a]!;
    const m = this.idLength[b]!;
    for (let k = 0; k < n && k < m; k++) {
      const p = ids[x + k]!;
      const q = ids[y + k]!;
      if (p === q) continue;
      if (p < 0x80 && q < 0x80) return p - q;
      const s = ids.toString('utf8', x, x + n);
      const t = ids.toString('utf8', y, y + m);
      return s < t ? -1 : s > t ? 1 : 0;
    }
    return n - m;
  }

  private grow(capacity: number): void {
    const grow = <T extends Uint32Array | Float64Array>(a: T, per = 1): T => grown(a, capacity * per);
    this.fileOf = grow(this.fileOf);
    this.headerStart = grow(this.headerStart);
    this.bodyStart = grow(this.bodyStart);
    this.sectionBytes = grow(this.sectionBytes, SECTION_COUNT);
    this.partIndex = grow(this.partIndex);
    this.partCount = grow(this.partCount);
    this.iriWords = grow(this.iriWords, IRI_WORDS);
    this.idAt = grow(this.idAt);
    this.idLength = grow(this.idLength);
    this.capacity = capacity;
  }
}

/** Reads a byte range, opening and closing the file (for the few header reads outside the merge). */
function readOnce(file: string, position: number, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(length);
    for (let got = 0; got < length; ) {
      const n = readSync(fd, buf, got, length - got, position + got);
      if (n === 0) throw new Error(`${file}: shard ends before byte ${position + length}`);
      got += n;
    }
    return buf;
  } finally {
    closeSync(fd);
  }
}
