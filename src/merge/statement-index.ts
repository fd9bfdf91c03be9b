import { join } from 'node:path';
import { ExternalSort } from './external-sort.js';
import { SpillColumns } from './spill-columns.js';

/** Where one statement's N-Quads lines are: the caller's record number, absolute byte offset, length. */
export interface StatementLines {
  record: number;
  offset: number;
  length: number;
}

/**
 * Where each statement's pre-rendered text is. graph.jsonld lists a document's statements in the order its
 * record gives them (each record's run of entries: their lengths, `lengths`); graph.nq lists every statement
 * of the run in IRI order (`linesInIriOrder`). Neither is held in memory whole: the lengths (8 bytes a
 * statement) go to a file past 65,536 statements, and the IRI order is an external sort (32 bytes a
 * statement: the IRI's 128-bit hash, the record, the offset, the length) in runs of 65,536. In typed arrays
 * that doubled, 1.6 million statements — 500 MB of news in 5 kB documents — took 67 MB.
 */
export class StatementIndex {
  private readonly lengthsOf: SpillColumns;
  private readonly byIri: ExternalSort;

  /** `dir`: a folder for the spilled records (deleted by the caller); `runRecords`: statements held in memory per structure. */
  constructor(dir: string, runRecords?: number) {
    this.lengthsOf = new SpillColumns(2, join(dir, 'statement-lengths.bin'), runRecords);
    this.byIri = new ExternalSort(8, 4, dir, 'statements-by-iri', runRecords);
  }

  get size(): number {
    return this.lengthsOf.size;
  }

  /** `hex`: the IRI's 32 hex digits; `record`: the caller's record number; `offset`: absolute byte offset of the node's JSON-LD text (its N-Quads follow). */
  add(hex: string, record: number, offset: number, jsonLength: number, nqLength: number): void {
    this.lengthsOf.append(jsonLength, nqLength);
    const at = offset + jsonLength;
    this.byIri.add(
      parseInt(hex.slice(0, 8), 16),
      parseInt(hex.slice(8, 16), 16),
      parseInt(hex.slice(16, 24), 16),
      parseInt(hex.slice(24, 32), 16),
      record,
      at % 2 ** 32,
      Math.floor(at / 2 ** 32),
      nqLength,
    );
  }

  /** Entries [first, first + count) in the order added, as (JSON-LD length, N-Quads length) pairs. */
  lengths(first: number, count: number): Uint32Array {
    return this.lengthsOf.read(first, count);
  }

  /** Every statement's N-Quads lines in IRI order (hex digits compare as the IRIs do); once. */
  *linesInIriOrder(): Generator<StatementLines> {
    for (const w of this.byIri.sorted()) yield { record: w[4]!, offset: w[5]! + w[6]! * 2 ** 32, length: w[7]! };
  }

  close(): void {
    this.lengthsOf.close();
  }
}
