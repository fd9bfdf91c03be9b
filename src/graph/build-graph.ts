import type { DateMention, Mention, RelationMention } from '../model/document.js';
import { codePointOffsets, type CodePointOffset } from '../model/offsets.js';
import type { DocResult } from '../run/doc-result.js';
import { documentIri, entityIri, predicateIri, spanIri, statementIri } from './iri.js';
import { mergeEntities, type GraphEntity } from './merge-entities.js';
import { timexBounds } from './timex-bounds.js';
import { CONTEXT, PREDICATES, WIKIDATA_MILITARY_UNIT } from './vocabulary.js';

export type JsonLdNode = Record<string, unknown> & { '@id': string };

/** One extracted statement, flattened: the rows of triples.tsv and of the review report. */
export interface StatementRow {
  iri: string;
  subject: string;
  subjectName: string;
  subjectType: string;
  predicate: string;
  object: string;
  objectName: string;
  objectType: string;
  date?: string;
  dateText?: string;
  confidence: number;
  rule: string;
  document: string;
  documentPath: string;
  /** Evidence sentence and its code point offsets in the document. */
  evidence: string;
  begin: number;
  end: number;
  subjectSpan: [number, number];
  objectSpan: [number, number];
  dateSpan?: [number, number];
  role?: string;
  claimedBy?: string;
}

export interface Graph {
  jsonld: { '@context': typeof CONTEXT; '@graph': JsonLdNode[] };
  statements: StatementRow[];
  entities: Map<string, GraphEntity>;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Builds the output graph from the processed documents: document nodes, one node per entity across the
 * run, a NIF phrase per mention and per date, a direct edge per relation and a reified rdf:Statement per
 * extracted relation carrying its evidence. Nodes and their multi-valued properties are sorted, so the
 * same input always gives the same graph.
 */
export function buildGraph(documents: readonly DocResult[]): Graph {
  const entities = mergeEntities(documents);
  const nodes = new Map<string, JsonLdNode>();
  const edges = new Map<string, Map<string, Set<string>>>();
  const statements: StatementRow[] = [];

  for (const doc of documents) {
    const cp = codePointOffsets(doc.text);
    const docIri = documentIri(doc.text, doc.source.recordId);
    const seen = nodes.get(docIri);
    if (seen) {
      // The same text read from another file is the same document (its IRI is the text's hash): it gets
      // one more source path, and its annotations, identical, are already in the graph.
      seen['ng:sourcePath'] = [...new Set([seen['ng:sourcePath'], doc.source.relPath].flat() as string[])].sort();
      continue;
    }
    nodes.set(docIri, documentNode(doc, docIri, cp));
    for (const [i, article] of doc.articles.entries()) {
      if (!article.headline) continue;
      const iri = `${docIri}#article=${i + 1}`;
      nodes.set(iri, {
        '@id': iri,
        '@type': 'ng:Article',
        'schema:headline': article.headline.text,
        'schema:isPartOf': docIri,
        'nif:beginIndex': cp(article.start),
        'nif:endIndex': cp(article.end),
      });
    }
    const mentionIris = doc.mentions.map((m) => spanIri(docIri, cp(m.start), cp(m.end)));
    doc.mentions.forEach((m, i) => {
      const entity = m.entity !== undefined ? doc.entities[m.entity] : undefined;
      nodes.set(mentionIris[i]!, mentionNode(m, mentionIris[i]!, docIri, cp, entity ? entityIri(entity.key) : undefined));
    });
    const dateIris = doc.dates.map((d) => spanIri(docIri, cp(d.start), cp(d.end)));
    doc.dates.forEach((d, i) => nodes.set(dateIris[i]!, dateNode(d, dateIris[i]!, docIri, cp)));

    for (const r of doc.relations) {
      const row = statementRow(doc, r, docIri, cp, entities);
      if (!row) continue;
      statements.push(row);
      let byPredicate = edges.get(row.subject);
      if (!byPredicate) edges.set(row.subject, (byPredicate = new Map()));
      let objects = byPredicate.get(row.predicate);
      if (!objects) byPredicate.set(row.predicate, (objects = new Set()));
      objects.add(row.object);
      nodes.set(row.iri, statementNode(row, r, doc, mentionIris, dateIris));
    }
  }

  for (const entity of entities.values()) {
    const iri = entityIri(entity.key);
    const node = entityNode(entity, iri);
    for (const [predicate, objects] of [...(edges.get(iri) ?? new Map<string, Set<string>>())].sort(([a], [b]) => (a < b ? -1 : 1))) {
      node[`ng:${predicate}`] = [...objects].sort().map((o) => ({ '@id': o }));
    }
    nodes.set(iri, node);
  }
  for (const node of vocabularyNodes()) nodes.set(node['@id'], node);

  statements.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.begin - b.begin || (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0)));
  const graph = [...nodes.values()].sort((a, b) => (a['@id'] < b['@id'] ? -1 : a['@id'] > b['@id'] ? 1 : 0));
  return { jsonld: { '@context': CONTEXT, '@graph': graph }, statements, entities };
}

function documentNode(doc: DocResult, iri: string, cp: CodePointOffset): JsonLdNode {
  const node: JsonLdNode = { '@id': iri, '@type': ['nif:Context', 'schema:NewsArticle'] };
  if (doc.source.recordId) node['schema:identifier'] = doc.source.recordId;
  node['ng:sourcePath'] = doc.source.relPath;
  node['ng:sha256'] = doc.source.sha256;
  node['schema:inLanguage'] = doc.lang;
  const headline = doc.source.title ?? doc.articles.find((a) => a.headline)?.headline?.text;
  if (headline) node['schema:headline'] = headline;
  // The document's own date (metadata, dateline, headline), whatever --reference-date says.
  const published = doc.source.date ?? (doc.referenceDateSource === 'dateline' || doc.referenceDateSource === 'headline' ? doc.referenceDate : undefined);
  if (published) node['schema:datePublished'] = published;
  if (doc.referenceDate) node['ng:referenceDate'] = doc.referenceDate;
  if (doc.referenceDateSource) node['ng:referenceDateSource'] = doc.referenceDateSource;
  if (doc.source.url) node['schema:url'] = doc.source.url;
  node['nif:beginIndex'] = 0;
  node['nif:endIndex'] = cp(doc.text.length);
  node['nif:isString'] = doc.text;
  const articles = doc.articles.flatMap((a, i) => (a.headline ? [`${iri}#article=${i + 1}`] : []));
  if (articles.length) node['ng:article'] = articles;
  return node;
}

const CLASS_OF: Record<string, string> = {
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

function entityNode(e: GraphEntity, iri: string): JsonLdNode {
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

function mentionNode(m: Mention, iri: string, docIri: string, cp: CodePointOffset, entity: string | undefined): JsonLdNode {
  const node: JsonLdNode = {
    '@id': iri,
    '@type': ['nif:OffsetBasedString', 'nif:Phrase'],
    'nif:anchorOf': m.text,
    'nif:beginIndex': cp(m.start),
    'nif:endIndex': cp(m.end),
    'nif:referenceContext': docIri,
    'itsrdf:taClassRef': CLASS_OF[m.type],
    'itsrdf:taConfidence': round(m.confidence),
  };
  if (entity) node['itsrdf:taIdentRef'] = entity;
  node['ng:recognizer'] = m.recognizer;
  if (m.form !== 'name') node['ng:mentionForm'] = m.form;
  if (m.role) node['ng:role'] = m.role.text;
  return node;
}

function dateNode(d: DateMention, iri: string, docIri: string, cp: CodePointOffset): JsonLdNode {
  const node: JsonLdNode = {
    '@id': iri,
    '@type': ['nif:OffsetBasedString', 'nif:Phrase', 'ng:TemporalExpression'],
    'nif:anchorOf': d.text,
    'nif:beginIndex': cp(d.start),
    'nif:endIndex': cp(d.end),
    'nif:referenceContext': docIri,
    'ng:timexType': d.timexType,
    'ng:timexValue': d.value,
  };
  if (d.mod) node['ng:timexMod'] = d.mod;
  Object.assign(node, dateBounds(d));
  node['ng:rule'] = d.rule;
  node['itsrdf:taConfidence'] = round(d.confidence);
  return node;
}

/**
 * ng:dateBegin/ng:dateEnd of a date: the calendar interval its value covers, or its range's outer bounds
 * ("since December 2024" → 2024-12-01 … the reference date). Durations and sets have none.
 */
function dateBounds(d: DateMention): Record<string, string> {
  if (d.timexType !== 'DATE' && d.timexType !== 'TIME') return {};
  const outer = d.range ?? { begin: d.value, end: d.value };
  const begin = outer.begin ? timexBounds(outer.begin)?.begin : undefined;
  const end = outer.end ? timexBounds(outer.end)?.end : undefined;
  return { ...(begin ? { 'ng:dateBegin': begin } : {}), ...(end ? { 'ng:dateEnd': end } : {}) };
}

function statementRow(
  doc: DocResult,
  r: RelationMention,
  docIri: string,
  cp: CodePointOffset,
  entities: Map<string, GraphEntity>,
): StatementRow | undefined {
  const sm = doc.mentions[r.subject];
  const om = doc.mentions[r.object];
  const se = sm?.entity !== undefined ? doc.entities[sm.entity] : undefined;
  const oe = om?.entity !== undefined ? doc.entities[om.entity] : undefined;
  const sentence = doc.sentences[r.sentence];
  if (!sm || !om || !se || !oe || !sentence || se.key === oe.key) return undefined;
  const subject = entities.get(se.key)!;
  const object = entities.get(oe.key)!;
  const date = r.date !== undefined ? doc.dates[r.date] : undefined;
  const row: StatementRow = {
    iri: statementIri([docIri, se.key, r.predicate, oe.key, sentence.start, r.rule]),
    subject: entityIri(se.key),
    subjectName: subject.name,
    subjectType: subject.type,
    predicate: r.predicate,
    object: entityIri(oe.key),
    objectName: object.name,
    objectType: object.type,
    confidence: round(r.confidence),
    rule: r.rule,
    document: docIri,
    documentPath: doc.source.recordId ? `${doc.source.relPath}#${doc.source.recordId}` : doc.source.relPath,
    evidence: doc.text.slice(sentence.start, sentence.end),
    begin: cp(sentence.start),
    end: cp(sentence.end),
    subjectSpan: [cp(sm.start), cp(sm.end)],
    objectSpan: [cp(om.start), cp(om.end)],
  };
  if (date) {
    row.date = date.value;
    row.dateText = date.text;
    row.dateSpan = [cp(date.start), cp(date.end)];
  }
  if (r.role) row.role = r.role;
  if (r.attribution) row.claimedBy = r.attribution.text;
  return row;
}

function statementNode(row: StatementRow, r: RelationMention, doc: DocResult, mentionIris: string[], dateIris: string[]): JsonLdNode {
  const node: JsonLdNode = {
    '@id': row.iri,
    '@type': 'rdf:Statement',
    'rdf:subject': row.subject,
    'rdf:predicate': predicateIri(row.predicate),
    'rdf:object': row.object,
    'ng:subjectMention': mentionIris[r.subject],
    'ng:objectMention': mentionIris[r.object],
  };
  if (r.date !== undefined) {
    node['ng:date'] = row.date;
    node['ng:dateMention'] = dateIris[r.date];
    Object.assign(node, dateBounds(doc.dates[r.date]!));
  }
  node['ng:confidence'] = row.confidence;
  node['ng:rule'] = row.rule;
  if (row.role) node['ng:role'] = row.role;
  if (r.attribution) {
    node['ng:claimedBy'] = r.attribution.text;
    const source = r.attribution.mention !== undefined ? doc.mentions[r.attribution.mention] : undefined;
    const sourceEntity = source?.entity !== undefined ? doc.entities[source.entity] : undefined;
    if (sourceEntity) node['ng:claimSource'] = entityIri(sourceEntity.key);
  }
  node['prov:wasDerivedFrom'] = row.document;
  node['ng:evidence'] = row.evidence;
  node['ng:evidenceBegin'] = row.begin;
  node['ng:evidenceEnd'] = row.end;
  return node;
}

/** Declarations of the project's own class and properties, so the graph explains itself. */
function vocabularyNodes(): JsonLdNode[] {
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
    nodes.push({ '@id': `ng:${local}`, '@type': 'rdf:Property', 'rdfs:label': local, 'rdfs:comment': comment });
  }
  return nodes;
}
