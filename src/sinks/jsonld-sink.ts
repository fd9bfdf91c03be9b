import { EMPTY_GRAPH_END, EMPTY_NAMED_GRAPH_END, FIRST_NODE, GRAPH_END, graphStart, jsonLdHead, NAMED_GRAPH_END, NODE_SEPARATOR } from '../graph/jsonld-text.js';
import { ChunkedWriter, type ByteSource } from './chunked-writer.js';

/**
 * graph.jsonld, fed named graphs in the graph's order, and each graph's node texts in its order (one node,
 * or several already joined by NODE_SEPARATOR): the pieces of jsonld-text.ts around them, so the file is
 * what JSON.stringify of the whole document would give.
 */
export class JsonLdSink {
  private firstGraph = true;
  private firstNode = true;
  private inGraph = false;

  private constructor(private readonly out: ChunkedWriter) {}

  static async open(path: string): Promise<JsonLdSink> {
    const sink = new JsonLdSink(await ChunkedWriter.open(path, { direct: true }));
    sink.out.push(jsonLdHead());
    return sink;
  }

  /** Starts the named graph `iri` (ending the one before). */
  graph(iri: string): void {
    this.endGraph();
    this.out.push(graphStart(iri, this.firstGraph));
    this.firstGraph = false;
    this.firstNode = true;
    this.inGraph = true;
  }

  /** Node texts: one string or buffer, or a source read into the output's buffer (a shard section); nothing if empty. */
  async nodes(text: string | Uint8Array | ByteSource): Promise<void> {
    if (text.length === 0) return;
    if (!this.inGraph) throw new Error('JsonLdSink: nodes outside a named graph');
    this.out.push(this.firstNode ? FIRST_NODE : NODE_SEPARATOR);
    this.firstNode = false;
    if (typeof text === 'string' || text instanceof Uint8Array) this.out.push(text);
    else this.out.pushFrom(text);
  }

  private endGraph(): void {
    if (this.inGraph) this.out.push(this.firstNode ? EMPTY_NAMED_GRAPH_END : NAMED_GRAPH_END);
    this.inGraph = false;
  }

  async close(): Promise<void> {
    this.endGraph();
    this.out.push(this.firstGraph ? EMPTY_GRAPH_END : GRAPH_END);
    await this.out.close();
  }
}
