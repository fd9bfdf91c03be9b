import jsonld from 'jsonld';
import type { Graph } from './build-graph.js';

/**
 * graph.nq: the same graph as N-Quads, produced by the jsonld library's own toRDF (so it is exactly what
 * any JSON-LD processor makes of graph.jsonld), with lines sorted and de-duplicated so the file is
 * byte-identical across runs. The graph has no blank nodes, so sorting cannot relabel anything.
 */
export async function serializeNQuads(graph: Graph): Promise<string> {
  const nquads = (await jsonld.toRDF(graph.jsonld as unknown as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
  const lines = [...new Set(nquads.split('\n').filter((l) => l.length > 0))].sort();
  return lines.length ? `${lines.join('\n')}\n` : '';
}
