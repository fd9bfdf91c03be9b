import type { DateMention, Mention, RelationMention } from '../model/document.js';
import type { DocResult } from '../model/doc-result.js';
import { codePointOffsets, type CodePointOffset } from '../model/offsets.js';
import { documentIri, entityIri, predicateIri, spanIri, statementIri } from './iri.js';
import { CLASS_OF, type JsonLdNode } from './nodes.js';
import { timexBounds } from './timex-bounds.js';

/**
 * One extracted statement as its document alone knows it: everything but the names and types of its
 * subject and object, which only the merge of the whole run settles (see `StatementRow`).
 */
export interface StatementFacts {
  iri: string;
  subject: string;
  predicate: string;
  object: string;
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

/** One extracted statement, flattened, with its entities' run-wide names: the rows of triples.tsv and of the review report. */
export interface StatementRow extends StatementFacts {
  subjectName: string;
  subjectType: string;
  objectName: string;
  objectType: string;
}

/** The part of the graph one document makes on its own, before any other document is seen. */
export interface DocumentGraph {
  iri: string;
  documentNode: JsonLdNode;
  /** Articles, mentions and dates: one node per IRI (a date at a mention's exact span replaces it), in the order made. */
  fragments: JsonLdNode[];
  /** Every statement of the document in relation order (a repeated IRI repeats its row), with its rdf:Statement node. */
  statements: Array<{ facts: StatementFacts; node: JsonLdNode }>;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Where a processed text lies in its document: a window of a long document (run/windows.ts) is processed
 * and rendered alone, with offsets local to the window; the frame moves them into the whole document
 * (`offset` UTF-16 code units and `codePoints` code points before the window, `articles` articles in the
 * windows before) and names the whole document's IRI. Without a frame the text is the whole document.
 */
export interface TextFrame {
  iri: string;
  offset: number;
  codePoints: number;
  articles: number;
}

/** Code point offsets in the whole document of UTF-16 offsets in the (window's) text. */
export function frameCodePoints(text: string, frame?: TextFrame): CodePointOffset {
  const local = codePointOffsets(text);
  if (!frame) return local;
  const base = frame.codePoints;
  return (i) => base + local(i);
}

/**
 * The document's own nodes: the document, its articles, a NIF phrase per mention and per date, and a
 * reified rdf:Statement per extracted relation carrying its evidence. Nothing here depends on another
 * document, so it runs where the document was processed (a worker) and goes into the document's shard.
 */
export function documentGraph(doc: DocResult, frame?: TextFrame): DocumentGraph {
  const cp = frameCodePoints(doc.text, frame);
  const iri = frame?.iri ?? documentIri(doc.text, doc.source.recordId);
  const fragments = new Map<string, JsonLdNode>();
  for (const [i, article] of doc.articles.entries()) {
    if (!article.headline) continue;
    const at = `${iri}#article=${(frame?.articles ?? 0) + i + 1}`;
    fragments.set(at, {
      '@id': at,
      '@type': 'ng:Article',
      'schema:headline': article.headline.text,
      'schema:isPartOf': iri,
      'nif:beginIndex': cp(article.start),
      'nif:endIndex': cp(article.end),
    });
  }
  // Each entity's IRI made once, not once per mention and statement: the N-Quads writer then meets the same
  // string again and again (graph-quads.ts caches written IRIs by it).
  const entityIris = doc.entities.map((e) => entityIri(e.key));
  const mentionIris = doc.mentions.map((m) => spanIri(iri, cp(m.start), cp(m.end)));
  doc.mentions.forEach((m, i) => {
    fragments.set(mentionIris[i]!, mentionNode(m, mentionIris[i]!, iri, cp, m.entity !== undefined ? entityIris[m.entity] : undefined));
  });
  const dateIris = doc.dates.map((d) => spanIri(iri, cp(d.start), cp(d.end)));
  doc.dates.forEach((d, i) => fragments.set(dateIris[i]!, dateNode(d, dateIris[i]!, iri, cp)));

  const statements: DocumentGraph['statements'] = [];
  for (const r of doc.relations) {
    const facts = statementFacts(doc, r, iri, cp, frame?.offset ?? 0, entityIris);
    if (facts) statements.push({ facts, node: statementNode(facts, r, doc, mentionIris, dateIris, entityIris) });
  }
  return { iri, documentNode: documentNode(doc, iri, cp), fragments: [...fragments.values()], statements };
}

/**
 * The same text read from another file is the same document (its IRI is the text's hash, so a database
 * holds it once and later batches merge with it): the node of its first reading gets the other file's path
 * and the other file's sha256 too (the files' bytes may differ — a BOM, CRLF line ends, UTF-16 — where the
 * decoded text does not), and the copy's annotations, identical, are not repeated. Which path has which
 * hash is in manifest.json.
 */
export function addSource(node: JsonLdNode, source: { relPath: string; sha256: string }): void {
  const union = (key: string, value: string): string[] => [...new Set([node[key], value].flat() as string[])].sort();
  node['ng:sourcePath'] = union('ng:sourcePath', source.relPath);
  const hashes = union('ng:sha256', source.sha256);
  node['ng:sha256'] = hashes.length === 1 ? hashes[0]! : hashes;
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

function statementFacts(doc: DocResult, r: RelationMention, docIri: string, cp: CodePointOffset, offset: number, entityIris: readonly string[]): StatementFacts | undefined {
  const sm = doc.mentions[r.subject];
  const om = doc.mentions[r.object];
  const se = sm?.entity !== undefined ? doc.entities[sm.entity] : undefined;
  const oe = om?.entity !== undefined ? doc.entities[om.entity] : undefined;
  const sentence = doc.sentences[r.sentence];
  if (!sm || !om || !se || !oe || !sentence || se.key === oe.key) return undefined;
  const date = r.date !== undefined ? doc.dates[r.date] : undefined;
  // The evidence starts at the earlier sentence when an argument is named there and referred to here.
  const evidenceStart = doc.sentences[r.antecedentSentence ?? r.sentence]!.start;
  const facts: StatementFacts = {
    // The sentence's UTF-16 offset in the whole document: a windowed document's statements keep their IRIs.
    iri: statementIri([docIri, se.key, r.predicate, oe.key, offset + sentence.start, r.rule]),
    subject: entityIris[sm.entity!]!,
    predicate: r.predicate,
    object: entityIris[om.entity!]!,
    confidence: round(r.confidence),
    rule: r.rule,
    document: docIri,
    documentPath: doc.source.recordId ? `${doc.source.relPath}#${doc.source.recordId}` : doc.source.relPath,
    evidence: doc.text.slice(evidenceStart, sentence.end),
    begin: cp(evidenceStart),
    end: cp(sentence.end),
    subjectSpan: [cp(sm.start), cp(sm.end)],
    objectSpan: [cp(om.start), cp(om.end)],
  };
  if (date) {
    facts.date = date.value;
    facts.dateText = date.text;
    facts.dateSpan = [cp(date.start), cp(date.end)];
  }
  if (r.role) facts.role = r.role;
  if (r.attribution) facts.claimedBy = r.attribution.text;
  return facts;
}

function statementNode(facts: StatementFacts, r: RelationMention, doc: DocResult, mentionIris: string[], dateIris: string[], entityIris: readonly string[]): JsonLdNode {
  const node: JsonLdNode = {
    '@id': facts.iri,
    '@type': 'rdf:Statement',
    'rdf:subject': facts.subject,
    'rdf:predicate': predicateIri(facts.predicate),
    'rdf:object': facts.object,
    'ng:subjectMention': mentionIris[r.subject],
    'ng:objectMention': mentionIris[r.object],
  };
  if (r.date !== undefined) {
    node['ng:date'] = facts.date;
    node['ng:dateMention'] = dateIris[r.date];
    Object.assign(node, dateBounds(doc.dates[r.date]!));
  }
  node['ng:confidence'] = facts.confidence;
  node['ng:rule'] = facts.rule;
  if (facts.role) node['ng:role'] = facts.role;
  if (r.attribution) {
    node['ng:claimedBy'] = r.attribution.text;
    const source = r.attribution.mention !== undefined ? doc.mentions[r.attribution.mention] : undefined;
    if (source?.entity !== undefined && doc.entities[source.entity]) node['ng:claimSource'] = entityIris[source.entity]!;
  }
  node['prov:wasDerivedFrom'] = facts.document;
  node['ng:evidence'] = facts.evidence;
  node['ng:evidenceBegin'] = facts.begin;
  node['ng:evidenceEnd'] = facts.end;
  return node;
}

/** Which NIF phrases (mentions and dates) the graph keeps: every one, those a statement points at, or none. */
export type MentionLayer = 'all' | 'linked' | 'none';
export const MENTION_LAYERS: readonly MentionLayer[] = ['all', 'linked', 'none'];

/**
 * The document's fragments for a mention layer. Articles always stay. `linked` keeps the phrases that a
 * statement names as its subject, object or date mention, so every statement's evidence still resolves;
 * `none` keeps no phrase (statements still name their spans' IRIs, which RFC 5147 fragments make readable).
 */
export function fragmentsFor(graph: DocumentGraph, layer: MentionLayer): JsonLdNode[] {
  if (layer === 'all') return graph.fragments;
  const keep = new Set<unknown>();
  if (layer === 'linked') {
    for (const { node } of graph.statements) keep.add(node['ng:subjectMention']).add(node['ng:objectMention']).add(node['ng:dateMention']);
  }
  return graph.fragments.filter((node) => node['@type'] === 'ng:Article' || keep.has(node['@id']));
}
