import type { Graph } from './build-graph.js';
import { ChunkedWriter } from './chunked-writer.js';

/** graph.jsonld: the JSON-LD document, pretty-printed with a stable key order (nodes are built in one). */
export function serializeJsonLd(graph: Graph): string {
  return `${JSON.stringify(graph.jsonld, null, 2)}\n`;
}

/** A node stringified inside `{"@graph": [node]}` sits at its depth in the document: cut out the node. */
const WRAP_BEFORE = '{\n  "@graph": [\n    '.length;
const WRAP_AFTER = '\n  ]\n}'.length;
const NODE_INDENT = '    ';

/** One node as it appears in the document, indented to its depth. */
function nodeJson(node: unknown): string {
  return JSON.stringify({ '@graph': [node] }, null, 2).slice(WRAP_BEFORE, -WRAP_AFTER);
}

/**
 * Writes exactly what `serializeJsonLd` returns, node by node, so a large graph is never one string: the
 * context and the `@graph` key as JSON.stringify lays them out, then each node as `nodeJson` gives it.
 */
export async function writeJsonLd(graph: Graph, path: string): Promise<void> {
  const nodes = graph.jsonld['@graph'];
  const out = await ChunkedWriter.open(path);
  try {
    const head = JSON.stringify({ '@context': graph.jsonld['@context'] }, null, 2);
    await out.write(`${head.slice(0, -2)},\n  "@graph": [`);
    if (nodes.length === 0) {
      await out.write(']\n}\n');
      return;
    }
    for (let i = 0; i < nodes.length; i++) {
      out.push(i === 0 ? `\n${NODE_INDENT}` : `,\n${NODE_INDENT}`);
      out.push(nodeJson(nodes[i]));
      if (out.full) await out.flush();
    }
    await out.write('\n  ]\n}\n');
  } finally {
    await out.close();
  }
}
