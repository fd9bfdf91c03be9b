import type { GraphEntity } from '../graph/merge-entities.js';
import { TSV_HEADER, tsvLine } from '../graph/tsv-row.js';
import { ChunkedWriter } from './chunked-writer.js';

/** triples.tsv, fed one statement row at a time (its document's cells and the run's entities). */
export class TsvSink {
  private constructor(private readonly out: ChunkedWriter) {}

  static async open(path: string): Promise<TsvSink> {
    const sink = new TsvSink(await ChunkedWriter.open(path, { direct: true }));
    sink.out.push(TSV_HEADER);
    return sink;
  }

  async row(cells: readonly string[], subject: GraphEntity, object: GraphEntity): Promise<void> {
    this.out.push(tsvLine(cells, subject, object));
  }

  close(): Promise<void> {
    return this.out.close();
  }
}
