import type { NamedGraph } from './named-graphs.js';
import type { JsonLdNode } from './nodes.js';
import { CONTEXT } from './vocabulary.js';

/**
 * graph.jsonld's text, piece by piece: the document's frame (its context, each named graph's `@id` and
 * `@graph` array) is indented as `JSON.stringify(document, null, 2)` indents it, and each node is one line
 * of compact JSON inside its named graph's array. So a large graph is never one string, each node can be
 * rendered where it is made (a worker), and a file of millions of nodes can be read, grepped or split node
 * by node. The document's `@graph` holds named graphs (named-graphs.ts), each `{"@id": …, "@graph": [nodes]}`.
 *
 * Why a node per line and not the indented form all through: V8's JSON.stringify without an indent is its
 * fast path, and the indented form was written by hand (JSON.stringify's indenting path is slower still).
 * On the NIF phrases of 40 ISW reports (12,741 nodes, same run, load ≈ 5): indented 175–211 ms and
 * 8.1 MB, a node per line 58–95 ms and 6.0 MB. Rendering nodes was ~30% of rendering shards.
 */

/** Where written text goes: a ByteWriter (byte-writer.ts), or a list of parts. */
export interface TextSink {
  text(text: string): void;
}

/** One node's text in the document: compact JSON (JSON.stringify's own escapes and number forms). */
export function nodeJson(node: JsonLdNode): string {
  return JSON.stringify(node);
}

/** nodeJson's text appended to a sink. */
export function writeNodeJson(node: JsonLdNode, out: TextSink): void {
  out.text(JSON.stringify(node));
}

/** Between two nodes of a named graph; before its first node. */
export const NODE_SEPARATOR = ',\n        ';
export const FIRST_NODE = '\n        ';

/** The start of a named graph up to its `@graph` array's opening bracket (`first`: the document's first graph). */
export const graphStart = (iri: string, first: boolean): string => `${first ? '\n    ' : ',\n    '}{\n      "@id": ${JSON.stringify(iri)},\n      "@graph": [`;
/** The end of a named graph with nodes, and of one without. */
export const NAMED_GRAPH_END = '\n      ]\n    }';
export const EMPTY_NAMED_GRAPH_END = ']\n    }';

/** After the last named graph; the end of a document without graphs. */
export const GRAPH_END = '\n  ]\n}\n';
export const EMPTY_GRAPH_END = ']\n}\n';

/** The document up to the `@graph` array's opening bracket. */
export function jsonLdHead(): string {
  const head = JSON.stringify({ '@context': CONTEXT }, null, 2);
  return `${head.slice(0, -2)},\n  "@graph": [`;
}

/** The whole document as one string, for graphs held in memory (small runs, tests): the pieces above, as JsonLdSink puts them together. */
export function serializeJsonLd(graph: { jsonld: { '@context': typeof CONTEXT; '@graph': NamedGraph[] } }): string {
  const graphs = graph.jsonld['@graph'];
  const parts = [jsonLdHead()];
  graphs.forEach((named, i) => {
    parts.push(graphStart(named['@id'], i === 0));
    const nodes = named['@graph'];
    if (nodes.length === 0) {
      parts.push(EMPTY_NAMED_GRAPH_END);
      return;
    }
    parts.push(FIRST_NODE, nodes.map(nodeJson).join(NODE_SEPARATOR), NAMED_GRAPH_END);
  });
  parts.push(graphs.length === 0 ? EMPTY_GRAPH_END : GRAPH_END);
  return parts.join('');
}
