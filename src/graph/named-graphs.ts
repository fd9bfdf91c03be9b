import type { JsonLdNode } from './nodes.js';
import { NS } from './vocabulary.js';

/**
 * Which named graph each node of the output goes into — the one decision behind the graph term of every
 * quad in graph.nq and the `@graph` of every named graph in graph.jsonld (docs/output-contract.md).
 *
 * - What was read from one document (the document node, its articles, mentions, dates, reified statements
 *   and the direct edges its statements give) goes into the graph named by the document's IRI. Re-processing
 *   the document replaces exactly that graph in a store (`DROP GRAPH <doc>`, then its new quads).
 * - The merged entity descriptions (types, names, roles, gazetteer facts) go into one entity graph whose IRI
 *   does not depend on the run, so batches merge there by entity IRI; an update replaces each described
 *   entity's quads in it as a whole (src/update/), so single-valued properties never pile up.
 * - The project's own class and property declarations go into a vocabulary graph.
 */
export const ENTITY_GRAPH = `${NS.graph}entities`;
export const VOCABULARY_GRAPH = `${NS.graph}vocabulary`;

export type NodeOrigin = { document: string } | 'entities' | 'vocabulary';

export function namedGraphOf(origin: NodeOrigin): string {
  if (origin === 'entities') return ENTITY_GRAPH;
  if (origin === 'vocabulary') return VOCABULARY_GRAPH;
  return origin.document;
}

/** One named graph of graph.jsonld: its IRI and its nodes. */
export interface NamedGraph {
  '@id': string;
  '@graph': JsonLdNode[];
}

