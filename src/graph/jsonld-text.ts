import type { JsonLdNode } from './nodes.js';
import { CONTEXT } from './vocabulary.js';

/**
 * graph.jsonld's text, piece by piece: the document is pretty-printed by JSON.stringify with a stable key
 * order, and these pieces put together are exactly what JSON.stringify(document, null, 2) gives, so a
 * large graph is never one string and each node can be rendered where it is made (a worker).
 */

/** A node stringified inside `{"@graph": [node]}` sits at its depth in the document: cut out the node. */
const WRAP_BEFORE = '{\n  "@graph": [\n    '.length;
const WRAP_AFTER = '\n  ]\n}'.length;

/** One node as it appears in the document, indented to its depth. */
export function nodeJson(node: JsonLdNode): string {
  return JSON.stringify({ '@graph': [node] }, null, 2).slice(WRAP_BEFORE, -WRAP_AFTER);
}

/** Between two nodes; before the first node; after the last; the end of a graph without nodes. */
export const NODE_SEPARATOR = ',\n    ';
export const FIRST_NODE = '\n    ';
export const GRAPH_END = '\n  ]\n}\n';
export const EMPTY_GRAPH_END = ']\n}\n';

/** The document up to the `@graph` array's opening bracket. */
export function jsonLdHead(): string {
  const head = JSON.stringify({ '@context': CONTEXT }, null, 2);
  return `${head.slice(0, -2)},\n  "@graph": [`;
}

/** The whole document as one string, for graphs held in memory (small runs, tests). */
export function serializeJsonLd(graph: { jsonld: { '@context': typeof CONTEXT; '@graph': JsonLdNode[] } }): string {
  return `${JSON.stringify(graph.jsonld, null, 2)}\n`;
}
