/**
 * Namespaces and the inline JSON-LD context of the output graph. Everything here is part of the output
 * contract (docs/output-contract.md): change it only with a version bump.
 */
export const NS = {
  ng: 'https://w3id.org/newsgraph/ns#',
  id: 'https://w3id.org/newsgraph/id/',
  doc: 'https://w3id.org/newsgraph/doc/',
  stmt: 'https://w3id.org/newsgraph/stmt/',
  graph: 'https://w3id.org/newsgraph/graph/',
  schema: 'https://schema.org/',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
  prov: 'http://www.w3.org/ns/prov#',
  owl: 'http://www.w3.org/2002/07/owl#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  geo: 'http://www.w3.org/2003/01/geo/wgs84_pos#',
  wd: 'http://www.wikidata.org/entity/',
} as const;

/** Wikidata's "military unit" class, given as schema:additionalType of every ng:MilitaryUnit. */
export const WIKIDATA_MILITARY_UNIT = 'wd:Q176799';

const id = { '@type': '@id' } as const;
const int = { '@type': 'xsd:nonNegativeInteger' } as const;
const double = { '@type': 'xsd:double' } as const;
const date = { '@type': 'xsd:date' } as const;

export const CONTEXT = {
  ng: NS.ng,
  schema: NS.schema,
  nif: NS.nif,
  itsrdf: NS.itsrdf,
  prov: NS.prov,
  owl: NS.owl,
  rdf: NS.rdf,
  rdfs: NS.rdfs,
  xsd: NS.xsd,
  geo: NS.geo,
  wd: NS.wd,
  'owl:sameAs': id,
  'rdfs:subClassOf': id,
  'rdfs:subPropertyOf': id,
  'schema:additionalType': id,
  'schema:isPartOf': id,
  'schema:datePublished': date,
  'schema:url': id,
  'geo:lat': double,
  'geo:long': double,
  'nif:beginIndex': int,
  'nif:endIndex': int,
  'nif:referenceContext': id,
  'itsrdf:taIdentRef': id,
  'itsrdf:taClassRef': id,
  'itsrdf:taConfidence': double,
  'rdf:subject': id,
  'rdf:predicate': id,
  'rdf:object': id,
  'prov:wasDerivedFrom': id,
  'ng:confidence': double,
  'ng:dateBegin': date,
  'ng:dateEnd': date,
  'ng:dateMention': id,
  'ng:subjectMention': id,
  'ng:objectMention': id,
  'ng:claimSource': id,
  'ng:evidenceBegin': int,
  'ng:evidenceEnd': int,
  'ng:article': id,
  'ng:population': { '@type': 'xsd:integer' },
} as const;

/** Relation predicates with their meaning, written into the graph as ng:* object properties. */
export const PREDICATES: Record<string, string> = {
  visited: 'The subject (person, delegation head, organization) visited the object place.',
  metWith: 'The subject met or held talks with the object (symmetric).',
  communicatedWith: 'The subject spoke or wrote to the object without meeting: a telephone or video call, a conversation, a letter or a message (symmetric). Every meeting is a communication too: ng:metWith is its sub-property.',
  leaderOf: 'The subject leads, heads or commands the object (country, organization, unit).',
  memberOf: 'The subject is a member, official, minister, spokesperson or soldier of the object.',
  allyOf: 'The subject and the object are allies (symmetric: written once per pair).',
  partOf: 'The subject unit or organization is subordinate to / part of the object.',
  locatedIn: 'The subject place or organization lies in the object place.',
  formerlyKnownAs: 'The subject was formerly known as the object (a former name or formation).',
  operatesIn: 'The subject unit or force operates, advances or fights in or near the object place.',
  attacked: 'The subject (unit, organization or country) attacked, shelled or struck the object place or unit.',
  captured: 'The subject (unit, organization or country) captured, seized or took control of the object place.',
  withdrewFrom: 'The subject (unit, organization or country) withdrew or retreated from the object place.',
  foughtAgainst: 'The subject and the object fought each other (symmetric: written once per pair).',
};

/**
 * Predicates that narrow another (rdfs:subPropertyOf): a store reasoning over RDFS finds every meeting under
 * ng:communicatedWith, while the rules state communicatedWith only for what is no meeting (calls, letters).
 */
export const SUPER_PROPERTIES: Readonly<Record<string, string>> = {
  metWith: 'communicatedWith',
};
