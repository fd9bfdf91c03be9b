import type { DocResult } from '../model/doc-result.js';
import { addSourcePath, documentGraph, type StatementFacts, type StatementRow } from './document-graph.js';
import { documentIri, entityIri } from './iri.js';
import { mergeEntities, type GraphEntity } from './merge-entities.js';
import { byNodeId, EdgeSet, entityNode, vocabularyNodes, type JsonLdNode } from './nodes.js';
import { CONTEXT } from './vocabulary.js';

export type { JsonLdNode } from './nodes.js';
export type { StatementRow, StatementFacts } from './document-graph.js';

export interface Graph {
  jsonld: { '@context': typeof CONTEXT; '@graph': JsonLdNode[] };
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
 * nodes through shards and the merge instead): each document's own nodes (document-graph.ts), one node
 * per entity across the run with its direct edges, and the vocabulary. Nodes and their multi-valued
 * properties are sorted, so the same input always gives the same graph.
 */
export function buildGraph(documents: readonly DocResult[]): Graph {
  const entities = mergeEntities(documents);
  const byIri = new Map([...entities.values()].map((e) => [entityIri(e.key), e]));
  const nodes = new Map<string, JsonLdNode>();
  const edges = new EdgeSet();
  const statements: StatementRow[] = [];
  for (const doc of documents) {
    const seen = nodes.get(documentIri(doc.text, doc.source.recordId));
    if (seen) {
      addSourcePath(seen, doc.source.relPath);
      continue;
    }
    const graph = documentGraph(doc);
    nodes.set(graph.iri, graph.documentNode);
    for (const node of graph.fragments) nodes.set(node['@id'], node);
    for (const { facts, node } of graph.statements) {
      statements.push(statementRow(facts, byIri.get(facts.subject)!, byIri.get(facts.object)!));
      edges.add(facts.subject, facts.predicate, facts.object);
      nodes.set(node['@id'], node);
    }
  }
  for (const entity of entities.values()) {
    const iri = entityIri(entity.key);
    nodes.set(iri, entityNode(entity, iri, edges));
  }
  for (const node of vocabularyNodes()) nodes.set(node['@id'], node);
  statements.sort(byStatementOrder);
  return { jsonld: { '@context': CONTEXT, '@graph': [...nodes.values()].sort(byNodeId) }, statements, entities };
}
