import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** The triples of each named graph of a graph.nq, as written: `<s> <p> o .` lines in file order. */
export type TriplesByGraph = Map<string, string[]>;

/**
 * Reads a graph.nq of newsgraph (every line a quad with its named graph: docs/output-contract.md) into
 * its triples per graph. The graph term is the last `<…>` of the line: an IRI has no space in it
 * (escaped), so the last " <" of a line starts it, whatever a literal before it holds.
 */
export async function triplesByGraph(file: string): Promise<TriplesByGraph> {
  const graphs: TriplesByGraph = new Map();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.length === 0) continue;
    const at = line.lastIndexOf(' <');
    if (at <= 0 || !line.endsWith('> .')) throw new Error(`${file} line ${n}: not a quad with a named graph (is it graph.nq of newsgraph extract?)`);
    const graph = line.slice(at + 2, -3);
    let triples = graphs.get(graph);
    if (!triples) graphs.set(graph, (triples = []));
    triples.push(`${line.slice(0, at)} .`);
  }
  return graphs;
}
