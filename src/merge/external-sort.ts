import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Records of `width` 32-bit words sorted by their first `keyWords` words (as unsigned numbers, word by word),
 * equal keys in the order added — with at most `runRecords` records in memory while adding, whatever the
 * count. Records are gathered into a run; a full run is sorted and written to its own file in `dir`; the
 * sorted sequence is the runs merged (a heap over each run's next record, read in blocks). A sort that never
 * filled a run touches no file. The merge's statement index (graph.nq lists statements by IRI across the run)
 * and its edges grouped by subject are sorted this way: in memory they grew with the input (32 and 16 bytes
 * each, in arrays that doubled).
 */
export class ExternalSort {
  private run: Uint32Array;
  private inRun = 0;
  private readonly runFiles: Array<{ path: string; records: number }> = [];
  private done = false;

  constructor(
    private readonly width: number,
    private readonly keyWords: number,
    private readonly dir: string,
    private readonly name: string,
    private readonly runRecords = 1 << 16,
    /** Records read from a run file at once while merging. */
    private readonly blockRecords = 1 << 12,
  ) {
    this.run = new Uint32Array(width * runRecords);
  }

  /** Records added so far. */
  get size(): number {
    return this.runFiles.reduce((n, r) => n + r.records, 0) + this.inRun;
  }

  /** Runs written to files (0 when everything fitted in one run). */
  get spilledRuns(): number {
    return this.runFiles.length;
  }

  add(...words: number[]): void {
    if (this.done) throw new Error('ExternalSort: add after sorted()');
    if (this.inRun === this.runRecords) this.spill();
    this.run.set(words, this.width * this.inRun++);
  }

  /**
   * The records in order, each as a view of `width` words valid until the next one is taken. Consumes the
   * sort: its files are deleted once the last record has been taken (or the generator is closed).
   */
  *sorted(): Generator<Uint32Array> {
    this.done = true;
    const last = this.sortedRun();
    if (this.runFiles.length === 0) {
      for (let i = 0; i < this.inRun; i++) yield last.subarray(this.width * i, this.width * (i + 1));
      return;
    }
    // The run still in memory is the last one: equal keys keep the order added when ties go to the earlier run.
    const cursors: Cursor[] = this.runFiles.map((r) => new FileCursor(r.path, r.records, this.width, this.blockRecords));
    cursors.push(new MemoryCursor(last, this.inRun, this.width));
    this.run = new Uint32Array(0);
    try {
      yield* mergeCursors(cursors, this.width, this.keyWords);
    } finally {
      for (const c of cursors) c.close();
      for (const r of this.runFiles) rmSync(r.path, { force: true });
    }
  }

  private spill(): void {
    const sorted = this.sortedRun();
    const path = join(this.dir, `${this.name}-${this.runFiles.length}.run`);
    const fd = openSync(path, 'w');
    try {
      const bytes = new Uint8Array(sorted.buffer, sorted.byteOffset, 4 * this.width * this.inRun);
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    } finally {
      closeSync(fd);
    }
    this.runFiles.push({ path, records: this.inRun });
    this.inRun = 0;
  }

  /** The current run's records sorted by key, ties in the order added. */
  private sortedRun(): Uint32Array {
    const { width: w, keyWords: kw, run } = this;
    const order = new Uint32Array(this.inRun);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((a, b) => {
      for (let k = 0; k < kw; k++) {
        const d = run[w * a + k]! - run[w * b + k]!;
        if (d !== 0) return d;
      }
      return a - b;
    });
    const out = new Uint32Array(w * this.inRun);
    for (let i = 0; i < order.length; i++) out.set(run.subarray(w * order[i]!, w * order[i]! + w), w * i);
    return out;
  }
}

interface Cursor {
  /** The current record's words (`words[at … at + width)`), or undefined when the run is exhausted. */
  words: Uint32Array | undefined;
  at: number;
  advance(): void;
  close(): void;
}

class MemoryCursor implements Cursor {
  words: Uint32Array | undefined;
  at = 0;
  private i = 0;

  constructor(
    records: Uint32Array,
    private readonly count: number,
    private readonly width: number,
  ) {
    this.words = count > 0 ? records : undefined;
  }

  advance(): void {
    if (++this.i >= this.count) this.words = undefined;
    else this.at = this.width * this.i;
  }

  close(): void {}
}

class FileCursor implements Cursor {
  words: Uint32Array | undefined;
  at = 0;
  private readonly fd: number;
  private readonly block: Uint32Array;
  /** Records read from the file so far, and in the block. */
  private read = 0;
  private inBlock = 0;
  private i = 0;

  constructor(
    path: string,
    private readonly count: number,
    private readonly width: number,
    blockRecords: number,
  ) {
    this.fd = openSync(path, 'r');
    this.block = new Uint32Array(width * Math.min(blockRecords, count));
    this.fill();
  }

  advance(): void {
    if (++this.i < this.inBlock) this.at = this.width * this.i;
    else this.fill();
  }

  close(): void {
    closeSync(this.fd);
  }

  private fill(): void {
    const records = Math.min(this.block.length / this.width, this.count - this.read);
    if (records === 0) {
      this.words = undefined;
      return;
    }
    const bytes = new Uint8Array(this.block.buffer, 0, 4 * this.width * records);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(this.fd, bytes, got, bytes.length - got, 4 * this.width * this.read + got);
      if (n === 0) throw new Error('ExternalSort: a run file ends early');
      got += n;
    }
    this.read += records;
    this.inBlock = records;
    this.i = 0;
    this.at = 0;
    this.words = this.block;
  }
}

/** The cursors' records in key order (ties: the earlier cursor first), through a binary heap of cursor numbers. */
function* mergeCursors(cursors: Cursor[], width: number, keyWords: number): Generator<Uint32Array> {
  const less = (a: number, b: number): boolean => {
    const x = cursors[a]!;
    const y = cursors[b]!;
    for (let k = 0; k < keyWords; k++) {
      const d = x.words![x.at + k]! - y.words![y.at + k]!;
      if (d !== 0) return d < 0;
    }
    return a < b;
  };
  const heap: number[] = [];
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  cursors.forEach((c, i) => c.words && heap.push(i));
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
  while (heap.length > 0) {
    const c = cursors[heap[0]!]!;
    yield c.words!.subarray(c.at, c.at + width);
    c.advance();
    if (!c.words) {
      heap[0] = heap[heap.length - 1]!;
      heap.pop();
    }
    if (heap.length > 0) down(0);
  }
}
