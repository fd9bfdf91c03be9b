import type { Span } from '../model/document.js';
import type { GoldDocument } from './gold.js';
import type { LabelMapping } from './mapping.js';
import type { PredictedMention, PredictedRelation, Predictions } from './predictions.js';

/** A span's words as the scorer compares entities by them: lower case, spaces folded. */
const wordsOf = (text: string, s: Span): string => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A second annotation of a gold document (another annotator's record of the same text) read as if the pipeline
 * had made it, so that the scorers measure how far two annotators agree under the very rules that score the
 * pipeline — the ceiling any extractor can be expected to reach against one annotator's gold.
 *
 * Each entity mention becomes a predicted mention of its label's main project type (a label the mapping does not
 * score, NORP, is left out of mentions but stays a relation argument, as for the pipeline's demonyms). Each relation
 * becomes a statement of its label's main predicate, arguments in the project's order. Its `subjectSpans` /
 * `objectSpans` are every mention of the record with the argument's words: a stand-off record has no entity
 * links, and the words are what the scorer's paragraph rule compares entities by. The record is one paragraph.
 */
export function predictionsFromGold(doc: GoldDocument, mapping: LabelMapping): Predictions {
  const mentions: PredictedMention[] = [];
  for (const m of doc.mentions) {
    const type = mapping.entities[m.label]?.[0];
    if (type) mentions.push({ start: m.start, end: m.end, type, text: m.text, recognizer: 'annotator' });
  }
  const spansLike = (s: Span): Span[] => {
    const words = wordsOf(doc.text, s);
    return doc.mentions.filter((o) => wordsOf(doc.text, o) === words).map((o) => ({ start: o.start, end: o.end }));
  };
  const relations: PredictedRelation[] = [];
  for (const r of doc.relations) {
    const target = mapping.relations[r.label];
    const predicate = target?.predicates[0];
    if (!target || !predicate) continue;
    const [head, tail] = [doc.mentions[r.head]!, doc.mentions[r.tail]!];
    const [subject, object] = target.inverse ? [tail, head] : [head, tail];
    relations.push({
      predicate,
      subject: { start: subject.start, end: subject.end, text: subject.text },
      object: { start: object.start, end: object.end, text: object.text },
      subjectSpans: spansLike(subject),
      objectSpans: spansLike(object),
      rule: 'annotator',
      confidence: 1,
    });
  }
  const dates = doc.mentions
    .filter((m) => mapping.timex.includes(m.label))
    .map((m) => ({ start: m.start, end: m.end, timexType: m.label as Predictions['dates'][number]['timexType'], value: m.value ?? '', text: m.text, rule: 'annotator' }));
  return { mentions, arguments: doc.mentions.map((m) => ({ start: m.start, end: m.end })), dates, relations, paragraphs: [] };
}

/**
 * The gold records a second annotation covers, each with the second annotation's record of the same id: a second
 * pass usually annotates a sample of a larger gold file (`gold/isw/agreement/`). Refuses a second annotation that
 * shares no record with the gold file, or whose record is over another text (its SHA-256 was already checked when
 * read).
 */
export function pairAnnotations(golds: readonly GoldDocument[], second: readonly GoldDocument[], secondFile: string): { golds: GoldDocument[]; second: Map<string, GoldDocument> } {
  const byId = new Map(second.map((d) => [d.id, d]));
  const covered = golds.filter((g) => byId.has(g.id));
  if (covered.length === 0) throw new Error(`${secondFile}: no record of the gold file (by id) is annotated in it`);
  for (const g of covered) {
    if (byId.get(g.id)!.text !== g.text) throw new Error(`${secondFile}: the record "${g.id}" is not over the same text as the gold file's`);
  }
  return { golds: covered, second: byId };
}
