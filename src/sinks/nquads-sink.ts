import { ChunkedWriter, type ByteSource } from './chunked-writer.js';

/**
 * graph.nq, fed N-Quads text (whole lines) in the order of the sorted lines: the merge hands over each
 * document's, entity's and statement's lines in subject order (see graph-quads.ts for why subject order is
 * line order). Each line ends with its named graph (named-graphs.ts).
 */
export class NQuadsSink {
  private constructor(private readonly out: ChunkedWriter) {}

  static async open(path: string): Promise<NQuadsSink> {
    return new NQuadsSink(await ChunkedWriter.open(path, { direct: true }));
  }

  /** Lines as text or bytes, or as a source read into the output's buffer (a shard section). */
  async lines(text: string | Uint8Array | ByteSource): Promise<void> {
    if (typeof text === 'string' || text instanceof Uint8Array) this.out.push(text);
    else this.out.pushFrom(text);
  }

  close(): Promise<void> {
    return this.out.close();
  }
}
