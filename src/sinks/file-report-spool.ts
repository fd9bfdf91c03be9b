import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { grown } from '../model/compact.js';
import { emptyTally, tallyFile, type FileEntries } from './manifest.js';

/**
 * The run's file reports (manifest.json's `files`) as JSON lines in a scratch file, with where each one is
 * by file number (12 bytes a file), so a run of 100,000 files does not hold 100,000 report objects until the
 * manifest is written: reports come in the order files finish, the manifest lists them in the inputs' order.
 */
export class FileReportSpool implements FileEntries {
  readonly tally = emptyTally();
  private readonly fd: number;
  private at = 0;
  private offsets = new Float64Array(0);
  private lengths = new Uint32Array(0);
  private count = 0;

  constructor(private readonly path: string) {
    this.fd = openSync(path, 'w+');
  }

  /** Stores file number `i`'s report. */
  put(i: number, report: { status: string; problems?: readonly unknown[] }): void {
    if (i >= this.offsets.length) {
      const n = Math.max(1024, 2 * i);
      this.offsets = grown(this.offsets, n);
      this.lengths = grown(this.lengths, n);
    }
    const line = Buffer.from(JSON.stringify(report), 'utf8');
    for (let done = 0; done < line.length; ) done += writeSync(this.fd, line, done, line.length - done, this.at + done);
    this.offsets[i] = this.at;
    this.lengths[i] = line.length;
    this.at += line.length;
    this.count = Math.max(this.count, i + 1);
    tallyFile(this.tally, report);
  }

  /** The reports in file order. */
  *entries(): Generator<unknown> {
    for (let i = 0; i < this.count; i++) {
      const length = this.lengths[i]!;
      if (length === 0) continue;
      const buf = Buffer.allocUnsafe(length);
      for (let got = 0; got < length; ) {
        const n = readSync(this.fd, buf, got, length - got, this.offsets[i]! + got);
        if (n === 0) throw new Error(`${this.path}: ends before a file report`);
        got += n;
      }
      yield JSON.parse(buf.toString('utf8'));
    }
  }

  /** Closes and deletes the scratch file. */
  dispose(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}
