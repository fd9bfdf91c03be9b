import type { DateMention, EntityType, GazetteerRef, LocalEntity, Mention, RelationMention, Sentence } from '../../src/model/document.js';
import type { DocResult } from '../../src/model/doc-result.js';
import type { ExtractResult } from '../../src/run/extract.js';

/**
 * Hand-built processed documents for the report and query tests, so that their assertions do not depend
 * on how well the recognizers, date rules and relation rules of the day work. Mentions, dates and relation
 * ends are given by their text (the n-th occurrence in the document); sentences end at ". ".
 */
export interface EntitySpec {
  key: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  ref?: GazetteerRef;
}

export interface DocSpec {
  path: string;
  title?: string;
  recordId?: string;
  text: string;
  entities: EntitySpec[];
  /** Mention text, its entity key, and which occurrence of the text (default 0). */
  mentions: { text: string; key: string; nth?: number; recognizer?: string; confidence?: number }[];
  dates?: { text: string; value: string; nth?: number }[];
  /** Subject and object: indices into `mentions`; date: index into `dates`. */
  relations?: { s: number; p: string; o: number; rule: string; confidence?: number; date?: number; claimedBy?: { text: string; mention?: number } }[];
}

export function makeDoc(spec: DocSpec): DocResult {
  const { text } = spec;
  const entities: LocalEntity[] = spec.entities.map((e) => ({
    key: e.key,
    type: e.type,
    name: e.name,
    aliases: e.aliases ?? [],
    roles: [],
    mentions: [],
    ...(e.ref ? { ref: e.ref } : {}),
  }));
  const entityOf = new Map(spec.entities.map((e, i) => [e.key, i]));
  const mentions: Mention[] = spec.mentions.map((m, i) => {
    const start = nthIndexOf(text, m.text, m.nth ?? 0);
    const entity = entityOf.get(m.key);
    if (entity === undefined) throw new Error(`fixture: no entity ${m.key}`);
    entities[entity]!.mentions.push(i);
    const type = entities[entity]!.type;
    return { start, end: start + m.text.length, text: m.text, type, form: 'name', recognizer: m.recognizer ?? 'fixture', priority: 0, confidence: m.confidence ?? 0.9, entity };
  });
  const dates: DateMention[] = (spec.dates ?? []).map((d) => {
    const start = nthIndexOf(text, d.text, d.nth ?? 0);
    return { start, end: start + d.text.length, text: d.text, timexType: 'DATE', value: d.value, rule: 'fixture-date', confidence: 0.9 };
  });
  const sentences = splitSentences(text);
  const sentenceOf = (offset: number): number => sentences.findIndex((s) => offset >= s.start && offset < s.end);
  const relations: RelationMention[] = (spec.relations ?? []).map((r) => {
    const rel: RelationMention = { subject: r.s, object: r.o, predicate: r.p, rule: r.rule, confidence: r.confidence ?? 0.8, sentence: sentenceOf(mentions[r.s]!.start) };
    if (r.date !== undefined) rel.date = r.date;
    if (r.claimedBy) rel.attribution = { text: r.claimedBy.text, cue: 'said', ...(r.claimedBy.mention !== undefined ? { mention: r.claimedBy.mention } : {}) };
    return rel;
  });
  return {
    id: spec.recordId ? `${spec.path}#${spec.recordId}` : spec.path,
    source: {
      path: `/fixtures/${spec.path}`,
      relPath: spec.path,
      sha256: '0'.repeat(64),
      ...(spec.title ? { title: spec.title } : {}),
      ...(spec.recordId ? { recordId: spec.recordId } : {}),
    },
    text,
    lang: 'en',
    articles: [{ start: 0, end: text.length }],
    paragraphs: [{ start: 0, end: text.length, article: 0, lang: 'en', isHeadline: false }],
    sentences,
    mentions,
    dates,
    relations,
    entities,
    messages: [],
  };
}

/** An ExtractResult around hand-built documents, as writeOutputs takes it. */
export function makeResult(documents: DocResult[]): ExtractResult {
  return {
    pipeline: { name: 'fixture', stages: [], baseDir: '/' },
    files: documents.map((d) => ({
      relPath: d.source.relPath,
      status: 'ok' as const,
      documents: 1,
      counts: { sentences: d.sentences.length, mentions: d.mentions.length, dates: d.dates.length, relations: d.relations.length, entities: d.entities.length },
    })),
    documents: [...documents].sort((a, b) => (a.id < b.id ? -1 : 1)),
    timings: {},
  };
}

function nthIndexOf(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture: occurrence ${nth} of "${needle}" not found`);
  }
  return at;
}

function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (let i = text.indexOf('. '); i !== -1; i = text.indexOf('. ', i + 1)) {
    out.push({ start, end: i + 1, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
    start = i + 2;
  }
  if (start < text.length) out.push({ start, end: text.length, paragraph: 0, tokenStart: 0, tokenEnd: 0 });
  return out;
}
