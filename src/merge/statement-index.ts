import { grown } from '../model/compact.js';

/**
 * Where each statement's pre-rendered node is, sorted by statement IRI: graph.jsonld and graph.nq list
 * statements in IRI order across the whole run, and their text stays in the shards. An entry is 32 bytes
 * in typed arrays (the IRI's 128-bit hash as four words, the record, the offset, two lengths), so
 * 1.5 million statements — about 500 MB of news — take 48 MB, not their text's gigabytes.
 */
export class StatementIndex {
  private hash = new Uint32Array(4 * 1024);
  private record = new Uint32Array(1024);
  private offset = new Float64Array(1024);
  private jsonLength = new Uint32Array(1024);
  private nqLength = new Uint32Array(1024);
  size = 0;

  /** `hex`: the IRI's 32 hex digits; `record`: the caller's record number; `offset`: absolute byte offset of the node's JSON-LD text (its N-Quads follow). */
  add(hex: string, record: number, offset: number, jsonLength: number, nqLength: number): void {
    if (this.size === this.record.length) this.grow();
    const i = this.size++;
    for (let w = 0; w < 4; w++) this.hash[4 * i + w] = parseInt(hex.slice(8 * w, 8 * w + 8), 16);
    this.record[i] = record;
    this.offset[i] = offset;
    this.jsonLength[i] = jsonLength;
    this.nqLength[i] = nqLength;
  }

  /** Entry numbers in IRI order (hex digits compare as the IRIs do). */
  sortedOrder(): Uint32Array {
    const h = this.hash;
    const order = new Uint32Array(this.size);
    for (let i = 0; i < order.length; i++) order[i] = i;
    return order.sort((a, b) => h[4 * a]! - h[4 * b]! || h[4 * a + 1]! - h[4 * b + 1]! || h[4 * a + 2]! - h[4 * b + 2]! || h[4 * a + 3]! - h[4 * b + 3]!);
  }

  entry(i: number): { record: number; offset: number; jsonLength: number; nqLength: number } {
    return { record: this.record[i]!, offset: this.offset[i]!, jsonLength: this.jsonLength[i]!, nqLength: this.nqLength[i]! };
  }

  private grow(): void {
    const n = this.record.length * 2;
    this.hash = grown(this.hash, 4 * n);
    this.record = grown(this.record, n);
    this.offset = grown(this.offset, n);
    this.jsonLength = grown(this.jsonLength, n);
    this.nqLength = grown(this.nqLength, n);
  }
}
