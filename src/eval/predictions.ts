import { entityMentions, type Doc, type EntityType, type Span, type TimexType } from '../model/document.js';
import { provisionalKey } from '../relations/provisional-key.js';
import { statementContext, statementFeatures, type StatementFeatures } from '../relations/statement-features.js';

export interface PredictedMention extends Span {
  type: EntityType;
  text: string;
  recognizer: string;
}

export interface PredictedDate extends Span {
  timexType: TimexType;
  value: string;
  text: string;
  rule: string;
}

export interface PredictedRelation {
  predicate: string;
  subject: Span & { text: string };
  object: Span & { text: string };
  /** Every span in the stating sentence that names the subject's entity (the mention read among them); see `argumentSpans`. */
  subjectSpans?: readonly Span[];
  /** The same for the object. */
  objectSpans?: readonly Span[];
  /** Index of the paragraph (`Predictions.paragraphs`) of the stating sentence, when the document has them. */
  paragraph?: number;
  rule: string;
  confidence: number;
  /** What the statement's context shows: the confidence model's inputs, for fitting it on judged predictions. */
  features?: StatementFeatures;
}

export interface Predictions {
  mentions: PredictedMention[];
  /** Every span a relation can rest on: the mentions, and demonyms ("Russian forces"). */
  arguments: Span[];
  dates: PredictedDate[];
  relations: PredictedRelation[];
  /** The document's paragraphs (empty when it was not segmented into paragraphs: then it is one). */
  paragraphs: Span[];
}

/**
 * A relation's argument as the gold data marks it: by the annotation convention (shared/eval README), the
 * first mention of the entity in the sentence that states the relation; a demonym argument stays the one read.
 * The pipeline keeps the mention its rule matched, which may be a later one.
 */
const argument = (doc: Doc, index: number, sentence: number): (Span & { text: string }) | undefined => {
  let m = doc.mentions[index];
  const s = doc.sentences[sentence];
  // A demonym is annotated only where it is an argument ("Russian forces shelled X"), so the one the rule read
  // is the one to compare, not the first of its country's demonyms in the sentence.
  if (m?.entity !== undefined && s && m.form !== 'demonym') {
    const first = doc.entities[m.entity]?.mentions
      .map((i) => doc.mentions[i]!)
      .find((o) => o.start >= s.start && o.end <= s.end && o.form !== 'demonym');
    if (first && first.start < m.start) m = first;
  }
  return m && { start: m.start, end: m.end, text: m.text };
};

/**
 * Every span that names an argument's entity in the sentence that states the relation: the mention the rule
 * read and the entity's other mentions there, demonyms too. The graph's statement links entities, not
 * mentions, so it is right when gold links any of them. The convention says gold marks the first, and
 * `argument` compares that one; but annotators did not always: on ISW dev, 7 of 11 `locatedIn` statements judged
 * wrong were right statements whose gold argument was a later mention of the same entity ("officials in Crimea
 * claimed … over Dzhankoi, Crimea"), each counted as a false positive and a miss.
 */
const argumentSpans = (doc: Doc, index: number, sentence: number): Span[] => {
  const m = doc.mentions[index];
  const s = doc.sentences[sentence];
  if (!m || m.entity === undefined || !s) return m ? [{ start: m.start, end: m.end }] : [];
  const spans = (doc.entities[m.entity]?.mentions ?? [])
    .map((i) => doc.mentions[i]!)
    .filter((o) => o.start >= s.start && o.end <= s.end)
    .map((o) => ({ start: o.start, end: o.end }));
  if (!spans.some((o) => o.start === m.start && o.end === m.end)) spans.push({ start: m.start, end: m.end });
  return spans;
};

/**
 * What the pipeline claims about a document, in the terms the scorers compare. Demonyms are not entity
 * mentions, but a relation may still rest on one ("Russian forces"): its span stands for the argument.
 */
export function predictionsOf(doc: Doc): Predictions {
  const mentions = entityMentions(doc).map((m) => ({ start: m.start, end: m.end, type: m.type, text: m.text, recognizer: m.recognizer }));
  const dates = doc.dates.map((d) => ({ start: d.start, end: d.end, timexType: d.timexType, value: d.value, text: d.text, rule: d.rule }));
  const relations: PredictedRelation[] = [];
  // The keys the relations stage gave its statements' features (calibrate.ts), so the features are the ones it weighed.
  const keys = new Map<number, string>();
  const keyOf = (i: number): string => keys.get(i) ?? keys.set(i, provisionalKey(doc.mentions[i]!)).get(i)!;
  const context = statementContext(doc, doc.relations, keyOf);
  for (const r of doc.relations) {
    const subject = argument(doc, r.subject, r.sentence);
    const object = argument(doc, r.object, r.sentence);
    if (!subject || !object) continue;
    const subjectSpans = argumentSpans(doc, r.subject, r.sentence);
    const objectSpans = argumentSpans(doc, r.object, r.sentence);
    const features = statementFeatures(doc, r, context);
    const paragraph = doc.sentences[r.sentence]?.paragraph;
    relations.push({ predicate: r.predicate, subject, object, subjectSpans, objectSpans, ...(paragraph !== undefined ? { paragraph } : {}), rule: r.rule, confidence: r.confidence, features });
  }
  const paragraphs = doc.paragraphs.map((p) => ({ start: p.start, end: p.end }));
  return { mentions, arguments: doc.mentions.map((m) => ({ start: m.start, end: m.end })), dates, relations, paragraphs };
}
