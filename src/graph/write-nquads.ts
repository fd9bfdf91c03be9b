import type { Graph } from './build-graph.js';
import { ChunkedWriter } from './chunked-writer.js';
import { graphQuadBlocks, graphQuadLines } from './graph-quads.js';

/**
 * graph.nq: the same graph as N-Quads (what any JSON-LD processor makes of graph.jsonld; see graph-quads.ts),
 * lines sorted and de-duplicated so the file is byte-identical across runs. The graph has no blank nodes,
 * so sorting cannot relabel anything. Written in chunks.
 */
export async function writeNQuads(graph: Graph, path: string): Promise<void> {
  const out = await ChunkedWriter.open(path);
  try {
    for (const { subject, rests } of graphQuadBlocks(graph.jsonld['@graph'])) {
      for (const rest of rests) {
        out.push(subject);
        out.push(rest);
        out.push('\n');
      }
      if (out.full) await out.flush();
    }
  } finally {
    await out.close();
  }
}

/** The N-Quads text of a graph, for callers that want it in memory (small graphs). */
export function serializeNQuads(graph: Graph): string {
  const lines = graphQuadLines(graph.jsonld['@graph']);
  return lines.length ? `${lines.join('\n')}\n` : '';
}
