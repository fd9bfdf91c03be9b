import type { GraphEntity } from './merge-entities.js';
import { PREDICATES, SUPER_PROPERTIES, WIKIDATA_MILITARY_UNIT } from './vocabulary.js';

export type JsonLdNode = Record<string, unknown> & { '@id': string };

export const CLASS_OF: Record<string, string> = {
  Person: 'schema:Person',
  Place: 'schema:Place',
  Organization: 'schema:Organization',
  MilitaryUnit: 'ng:MilitaryUnit',
};

const PLACE_SUBCLASS: Record<string, string | undefined> = {
  Country: 'schema:Country',
  City: 'schema:City',
  AdministrativeArea: 'schema:AdministrativeArea',
};

/** The graph's order of nodes: by `@id`, as JavaScript compares strings. */
export const byNodeId = (a: JsonLdNode, b: JsonLdNode): number => (a['@id'] < b['@id'] ? -1 : a['@id'] > b['@id'] ? 1 : 0);

/** Direct edges by subject IRI: predicate → object IRIs (each pair once). One set per document: its edges go in its graph. */
export class EdgeSet {
  private readonly bySubject = new Map<string, Map<string, Set<string>>>();

  add(subject: string, predicate: string, object: string): void {
    let byPredicate = this.bySubject.get(subject);
    if (!byPredicate) this.bySubject.set(subject, (byPredicate = new Map()));
    let objects = byPredicate.get(predicate);
    if (!objects) byPredicate.set(predicate, (objects = new Set()));
    objects.add(object);
  }

  /** One node per subject with its edges as properties (`ng:<predicate>`): subjects, predicates and objects sorted. */
  nodes(): JsonLdNode[] {
    return [...this.bySubject.keys()].sort().map((subject) => {
      const node: JsonLdNode = { '@id': subject };
      for (const [predicate, objects] of [...this.bySubject.get(subject)!].sort(([a], [b]) => (a < b ? -1 : 1))) {
        node[`ng:${predicate}`] = [...objects].sort().map((o) => ({ '@id': o }));
      }
      return node;
    });
  }
}

/** One node per entity of the run: its merged description (its edges are in the graphs of the documents that state them). */
export function entityNode(e: GraphEntity, iri: string): JsonLdNode {
  const types = [CLASS_OF[e.type]!];
  if (e.type === 'MilitaryUnit') types.push('schema:Organization');
  const sub = e.placeKind ? PLACE_SUBCLASS[e.placeKind] : undefined;
  if (sub) types.push(sub);
  const node: JsonLdNode = { '@id': iri, '@type': types.sort() };
  node['schema:name'] = e.name;
  if (e.alternateNames.length) node['schema:alternateName'] = e.alternateNames;
  if (e.type === 'MilitaryUnit') node['schema:additionalType'] = WIKIDATA_MILITARY_UNIT;
  if (e.roles.length) node['schema:jobTitle'] = e.roles;
  if (e.ref) {
    node['ng:gazetteerId'] = e.ref.id;
    if (e.ref.source) node['ng:gazetteer'] = e.ref.source;
    if (e.ref.sameAs?.length) node['owl:sameAs'] = [...e.ref.sameAs].sort();
    if (e.ref.lat !== undefined && e.ref.lon !== undefined) {
      node['geo:lat'] = e.ref.lat;
      node['geo:long'] = e.ref.lon;
    }
    if (e.ref.country) node['ng:countryCode'] = e.ref.country;
    if (e.ref.population) node['ng:population'] = e.ref.population;
  }
  return node;
}

/** Declarations of the project's own class and properties (every predicate of vocabulary.ts), so the graph explains itself. */
export function vocabularyNodes(): JsonLdNode[] {
  const nodes: JsonLdNode[] = [
    {
      '@id': 'ng:MilitaryUnit',
      '@type': 'rdfs:Class',
      'rdfs:subClassOf': 'schema:Organization',
      'rdfs:label': 'Military unit',
      'rdfs:comment': 'A military formation (army, corps, division, brigade, regiment, battalion, fleet, military district, …).',
    },
  ];
  for (const [local, comment] of Object.entries(PREDICATES)) {
    const node: JsonLdNode = { '@id': `ng:${local}`, '@type': 'rdf:Property', 'rdfs:label': local, 'rdfs:comment': comment };
    const wider = SUPER_PROPERTIES[local];
    if (wider) node['rdfs:subPropertyOf'] = `ng:${wider}`;
    nodes.push(node);
  }
  return nodes;
}
