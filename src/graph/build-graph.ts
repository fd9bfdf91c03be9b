import type { DocResult } from '../model/doc-result.js';
import { addSource, documentGraph, type StatementFacts, type StatementRow } from './document-graph.js';
import { documentIri, entityIri } from './iri.js';
import { mergeEntities, type GraphEntity } from './merge-entities.js';
import { namedGraphOf, type NamedGraph } from './named-graphs.js';
import { byNodeId, EdgeSet, entityNode, vocabularyNodes, type JsonLdNode } from './nodes.js';
import { CONTEXT } from './vocabulary.js';

export type { JsonLdNode } from './nodes.js';
export type { NamedGraph } from './named-graphs.js';
export type { StatementRow, StatementFacts } from './document-graph.js';

export interface Graph {
  /** The JSON-LD document: one `@graph` per named graph (named-graphs.ts says which node goes where). */
  jsonld: { '@context': typeof CONTEXT; '@graph': NamedGraph[] };
  statements: StatementRow[];
  entities: Map<string, GraphEntity>;
}

/** A statement's row with the run-wide names and types of its subject and object. */
export function statementRow(facts: StatementFacts, subject: GraphEntity, object: GraphEntity): StatementRow {
  return { ...facts, subjectName: subject.name, subjectType: subject.type, objectName: object.name, objectType: object.type };
}

/** Statements in the order of triples.tsv and the report: by document IRI, then evidence offset, then IRI. */
export const byStatementOrder = (a: StatementFacts, b: StatementFacts): number =>
  a.document < b.document ? -1 : a.document > b.document ? 1 : a.begin - b.begin || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0);

/**
 * The whole graph of documents held in memory (the library's `buildGraph`; the CLI streams the same
 * nodes through shards and the merge instead): each document's own nodes (document-graph.ts) and the
 * direct edges its statements give in the document's named graph, one node per entity across the run in
 * the entity graph, and the vocabulary graph (named-graphs.ts). Graphs, nodes and their multi-valued
 * properties are sorted, so the same input always gives the same graph.
 */
export function buildGraph(documents: readonly DocResult[]): Graph {
  const entities = mergeEntities(documents);
  const byIri = new Map([...entities.values()].map((e) => [entityIri(e.key), e]));
  const graphs = new Map<string, Map<string, JsonLdNode>>();
  const statements: StatementRow[] = [];
  for (const doc of documents) {
    const iri = documentIri(doc.text, doc.source.recordId);
    const seen = graphs.get(namedGraphOf({ document: iri }))?.get(iri);
    if (seen) {
      addSource(seen, doc.source);
      continue;
    }
    const graph = documentGraph(doc);
    const nodes = new Map<string, JsonLdNode>([[graph.iri, graph.documentNode]]);
    graphs.set(namedGraphOf({ document: graph.iri }), nodes);
    for (const node of graph.fragments) nodes.set(node['@id'], node);
    const edges = new EdgeSet();
    for (const { facts, node } of graph.statements) {
      statements.push(statementRow(facts, byIri.get(facts.subject)!, byIri.get(facts.object)!));
      edges.add(facts.subject, facts.predicate, facts.object);
      nodes.set(node['@id'], node);
    }
    for (const node of edges.nodes()) nodes.set(node['@id'], node);
  }
  graphs.set(namedGraphOf('entities'), new Map([...byIri].map(([iri, entity]) => [iri, entityNode(entity, iri)])));
  graphs.set(namedGraphOf('vocabulary'), new Map(vocabularyNodes().map((node) => [node['@id'], node])));
  statements.sort(byStatementOrder);
  const named = [...graphs.keys()].sort().map((iri) => ({ '@id': iri, '@graph': [...graphs.get(iri)!.values()].sort(byNodeId) }));
  return { jsonld: { '@context': CONTEXT, '@graph': named }, statements, entities };
}
