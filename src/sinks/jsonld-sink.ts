import { EMPTY_GRAPH_END, FIRST_NODE, GRAPH_END, jsonLdHead, NODE_SEPARATOR } from '../graph/jsonld-text.js';
import { ChunkedWriter } from './chunked-writer.js';

/**
 * graph.jsonld, fed node texts in the graph's order (one node, or several already joined by
 * NODE_SEPARATOR): the pieces of jsonld-text.ts around them, so the file is what JSON.stringify of the
 * whole document would give.
 */
export class JsonLdSink {
  private first = true;

  private constructor(private readonly out: ChunkedWriter) {}

  static async open(path: string): Promise<JsonLdSink> {
    const sink = new JsonLdSink(await ChunkedWriter.open(path));
    sink.out.push(jsonLdHead());
    return sink;
  }

  async nodes(text: string | Buffer): Promise<void> {
    if (text.length === 0) return;
    this.out.push(this.first ? FIRST_NODE : NODE_SEPARATOR);
    this.first = false;
    this.out.push(text);
    if (this.out.full) await this.out.flush();
  }

  async close(): Promise<void> {
    this.out.push(this.first ? EMPTY_GRAPH_END : GRAPH_END);
    await this.out.close();
  }
}
