import type { Graph } from './build-graph.js';

/** graph.jsonld: the JSON-LD document, pretty-printed with a stable key order (nodes are built in one). */
export function serializeJsonLd(graph: Graph): string {
  return `${JSON.stringify(graph.jsonld, null, 2)}\n`;
}
