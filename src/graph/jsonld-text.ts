import type { NamedGraph } from './named-graphs.js';
import type { JsonLdNode } from './nodes.js';
import { CONTEXT } from './vocabulary.js';

/**
 * graph.jsonld's text, piece by piece: the document is pretty-printed by JSON.stringify with a stable key
 * order, and these pieces put together are exactly what JSON.stringify(document, null, 2) gives, so a
 * large graph is never one string and each node can be rendered where it is made (a worker). The
 * document's `@graph` holds named graphs (named-graphs.ts), each `{"@id": …, "@graph": [nodes]}`.
 */

/** A node stringified inside `{"@graph": [{"@graph": [node]}]}` sits at its depth in the document: cut out the node. */
const WRAP_BEFORE = '{\n  "@graph": [\n    {\n      "@graph": [\n        '.length;
const WRAP_AFTER = '\n      ]\n    }\n  ]\n}'.length;

/** One node as it appears in the document, indented to its depth (inside its named graph). */
export function nodeJson(node: JsonLdNode): string {
  return JSON.stringify({ '@graph': [{ '@graph': [node] }] }, null, 2).slice(WRAP_BEFORE, -WRAP_AFTER);
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

/** The whole document as one string, for graphs held in memory (small runs, tests). */
export function serializeJsonLd(graph: { jsonld: { '@context': typeof CONTEXT; '@graph': NamedGraph[] } }): string {
  return `${JSON.stringify(graph.jsonld, null, 2)}\n`;
}
