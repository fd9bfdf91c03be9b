import { ChunkedWriter } from './chunked-writer.js';

/**
 * graph.nq, fed N-Quads text (whole lines) in the order of the sorted lines: the merge hands over each
 * document's, entity's and statement's lines in subject order (see graph-quads.ts for why subject order is
 * line order). Each line ends with its named graph (named-graphs.ts).
 */
export class NQuadsSink {
  private constructor(private readonly out: ChunkedWriter) {}

  static async open(path: string): Promise<NQuadsSink> {
    return new NQuadsSink(await ChunkedWriter.open(path));
  }

  async lines(text: string | Buffer): Promise<void> {
    this.out.push(text);
  }

  close(): Promise<void> {
    return this.out.close();
  }
}
