import type { Doc, RelationMention } from '../model/document.js';
import { rulePrecision } from './rules/confidence.js';
import { symmetricPredicates } from './symmetric.js';

/**
 * What a statement's own context shows about whether it is right, known when the statement is made: the inputs
 * of the confidence model (rules/confidence-model.ts). Each is cheap (a few binary searches over the sentence's
 * tokens and the document's mentions) and computed only for the statements a document made.
 */
export interface StatementFeatures {
  /** The measured precision of the statement's rule, shrunk to the prior (rules/confidence.ts), undiscounted. */
  rulePrecision: number;
  /** 1 for a reported claim ("X said …"). */
  claim: number;
  /** Words (tokens) between the two arguments; across sentences when one comes from an antecedent. */
  wordsBetween: number;
  /** Other mentions standing between the two arguments (demonyms too). */
  mentionsBetween: number;
  /** Commas, semicolons, colons, dashes and brackets between the arguments: clause and list breaks. */
  breaksBetween: number;
  /** Tokens in the stating sentence. */
  sentenceWords: number;
  /** 1 when an argument was read through a pronoun or description naming an earlier sentence's entity. */
  antecedent: number;
  /** 1 when an argument is a demonym ("Russian forces"). */
  demonym: number;
  /** 1 when the object stands before the subject in the text. */
  objectFirst: number;
  /** Statements the sentence made (this one included). */
  sentenceStatements: number;
  /** Sentences of the paragraph stating the same (subject, predicate, object), this one included. */
  tripleSentences: number;
  /** Sentences of the paragraph stating anything of the same two entities, this one included. */
  pairSentences: number;
  /** Arguments (0–2) linked to no gazetteer record: names only a recognizer guessed. */
  unlinkedArguments: number;
  /** Mentions in the paragraph of the less mentioned of the two arguments' entities. */
  fewerMentions: number;
  /** 1 when the statement carries a date. */
  dated: number;
  /** Statements of the same subject and predicate before this one in its sentence (a list's later items). */
  listPosition: number;
  predicate: string;
}

/**
 * What the features of a document's statements read beyond their own sentence, gathered once per document (one
 * pass over its statements, one over the mentions of the paragraphs that made any): the redundancy, list and
 * mention-count inputs.
 */
export interface StatementContext {
  /** Statements per sentence index. */
  readonly perSentence: ReadonlyMap<number, number>;
  /**
   * Distinct sentences per "paragraph subject predicate object" key and per "paragraph entity entity" key (unordered);
   * undefined when not asked for (`redundancy` false: then the features' tripleSentences and pairSentences are NaN).
   */
  readonly sentencesOf: ReadonlyMap<string, ReadonlySet<number>> | undefined;
  /** Mentions of entity `key` in paragraph `paragraph`, for the arguments of the statements made there (else 0). */
  readonly mentionsOf: (paragraph: number, key: string) => number;
  /** Each statement's place among its sentence's statements of the same subject and predicate. */
  readonly listPosition: ReadonlyMap<RelationMention, number>;
  readonly keyOf: (mention: number) => string;
}

/** The tokens that break a clause or a list between two arguments. */
const BREAKS = new Set([',', ';', ':', '—', '–', '-', '(', ')']);

/** Index of the first token starting at or after `offset`, within [lo, hi). */
function tokenAtOrAfter(doc: Doc, offset: number, lo: number, hi: number): number {
  const starts = doc.tokens.start;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first mention starting at or after `offset` (mentions are in text order). */
function mentionAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of `relations` each sentence states, by sentence index. */
export function statementsPerSentence(relations: readonly RelationMention[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const r of relations) counts.set(r.sentence, (counts.get(r.sentence) ?? 0) + 1);
  return counts;
}

/**
 * Paragraph of sentence `sentence`. The redundancy and mention-count inputs are counted within the statement's
 * paragraph, not its document: the model is fitted on judged gold paragraphs, each run as a document of its own,
 * and a report of forty paragraphs names a town far more often than one paragraph does, so counts over the report
 * would lie outside what the fit saw.
 */
const paragraphOf = (doc: Doc, sentence: number): number => doc.sentences[sentence]?.paragraph ?? 0;

const tripleKey = (doc: Doc, r: RelationMention, keyOf: (mention: number) => string): string => {
  let [s, o] = [keyOf(r.subject), keyOf(r.object)];
  if (symmetricPredicates.has(r.predicate) && o < s) [s, o] = [o, s];
  return `${paragraphOf(doc, r.sentence)}\t${s}\t${r.predicate}\t${o}`;
};
const pairKey = (doc: Doc, r: RelationMention, keyOf: (mention: number) => string): string => {
  const [s, o] = [keyOf(r.subject), keyOf(r.object)];
  return `${paragraphOf(doc, r.sentence)}\t${s < o ? `${s}\t${o}` : `${o}\t${s}`}`;
};

/**
 * The paragraph-wide context of `relations`, the statements `doc` made (one pass over them, one over the mentions
 * of the paragraphs that made any); `keyOf` maps a mention to its entity's key. `redundancy` false skips the
 * tripleSentences and pairSentences counts, for a caller that reads neither (calibrate.ts, when the model weighs no
 * input of rules/confidence-inputs.ts REDUNDANCY_INPUTS).
 *
 * Mentions are counted only for the entities that are arguments in their paragraph, in a map per paragraph, and the
 * redundancy keys only when asked for (branch speed11): building a "paragraph entity" string and a map entry for
 * every mention of a stating paragraph, and two key strings per statement that the model does not weigh, made
 * calibrateConfidence 6% of the relations stage's CPU profile (316 of 5285 ms over two passes of the 294 ISW
 * reports), and cal10 cost the stage 1.096x of speed10's (6 pairs, 1.01–1.12).
 */
export function statementContext(
  doc: Doc,
  relations: readonly RelationMention[],
  keyOf: (mention: number) => string,
  { redundancy = true }: { redundancy?: boolean } = {},
): StatementContext {
  const listPosition = new Map<RelationMention, number>();
  // Per predicate, per "sentence × mentions + subject" (a number: no key string per statement, branch speed11).
  const listCounts = new Map<string, Map<number, number>>();
  /** Per stating paragraph: its statements' argument entities, each with its mentions in the paragraph. */
  const argumentMentions = new Map<number, Map<string, number>>();
  for (const r of relations) {
    const paragraph = paragraphOf(doc, r.sentence);
    let counts = argumentMentions.get(paragraph);
    if (counts === undefined) argumentMentions.set(paragraph, (counts = new Map()));
    counts.set(keyOf(r.subject), 0);
    counts.set(keyOf(r.object), 0);
    let lists = listCounts.get(r.predicate);
    if (lists === undefined) listCounts.set(r.predicate, (lists = new Map()));
    const list = r.sentence * doc.mentions.length + r.subject;
    const before = lists.get(list) ?? 0;
    listPosition.set(r, before);
    lists.set(list, before + 1);
  }
  // Mentions and sentences are both in text order: one walk finds each mention's sentence.
  let sentence = 0;
  for (let i = 0; i < doc.mentions.length && argumentMentions.size > 0; i++) {
    const m = doc.mentions[i]!;
    while (sentence + 1 < doc.sentences.length && doc.sentences[sentence]!.end <= m.start) sentence++;
    const counts = argumentMentions.get(paragraphOf(doc, sentence));
    if (counts === undefined) continue;
    const key = keyOf(i);
    const seen = counts.get(key);
    if (seen !== undefined) counts.set(key, seen + 1);
  }
  let sentencesOf: Map<string, Set<number>> | undefined;
  if (redundancy) {
    const found = new Map<string, Set<number>>();
    const note = (key: string, sentence: number): void => {
      const seen = found.get(key);
      if (seen) seen.add(sentence);
      else found.set(key, new Set([sentence]));
    };
    for (const r of relations) {
      note(tripleKey(doc, r, keyOf), r.sentence);
      note(pairKey(doc, r, keyOf), r.sentence);
    }
    sentencesOf = found;
  }
  return {
    perSentence: statementsPerSentence(relations),
    sentencesOf,
    mentionsOf: (paragraph, key) => argumentMentions.get(paragraph)?.get(key) ?? 0,
    listPosition,
    keyOf,
  };
}

/** The features of statement `r` of `doc`; `context` from `statementContext` over the document's statements. */
export function statementFeatures(doc: Doc, r: RelationMention, context: StatementContext): StatementFeatures {
  const subject = doc.mentions[r.subject]!;
  const object = doc.mentions[r.object]!;
  const [first, second] = subject.start <= object.start ? [subject, object] : [object, subject];
  const tokenCount = doc.tokens.length;
  const from = tokenAtOrAfter(doc, first.end, 0, tokenCount);
  const to = Math.max(from, tokenAtOrAfter(doc, second.start, from, tokenCount));
  let breaks = 0;
  // Every break is one character: the length test spares the set's lookup for the words (branch speed11).
  for (let t = from; t < to; t++) {
    const token = doc.tokens.text[t]!;
    if (token.length === 1 && BREAKS.has(token)) breaks++;
  }
  const { keyOf, sentencesOf } = context;
  const paragraph = paragraphOf(doc, r.sentence);
  const subjectMentions = context.mentionsOf(paragraph, keyOf(r.subject)) || 1;
  const objectMentions = context.mentionsOf(paragraph, keyOf(r.object)) || 1;
  // Mentions are in text order and do not overlap: those starting from the first argument's end to the second's start.
  const mentionsBetween = Math.max(0, mentionAtOrAfter(doc, second.start) - mentionAtOrAfter(doc, first.end));
  const sentence = doc.sentences[r.sentence];
  return {
    rulePrecision: rulePrecision(r.rule),
    claim: r.attribution ? 1 : 0,
    wordsBetween: to - from,
    mentionsBetween,
    breaksBetween: breaks,
    sentenceWords: sentence ? sentence.tokenEnd - sentence.tokenStart : 0,
    antecedent: r.antecedentSentence !== undefined ? 1 : 0,
    demonym: subject.form === 'demonym' || object.form === 'demonym' ? 1 : 0,
    objectFirst: object.start < subject.start ? 1 : 0,
    sentenceStatements: context.perSentence.get(r.sentence) ?? 1,
    // NaN when the context was built without them (then no input read may use them: calibrate.ts).
    tripleSentences: sentencesOf ? (sentencesOf.get(tripleKey(doc, r, keyOf))?.size ?? 1) : NaN,
    pairSentences: sentencesOf ? (sentencesOf.get(pairKey(doc, r, keyOf))?.size ?? 1) : NaN,
    unlinkedArguments: (subject.ref ? 0 : 1) + (object.ref ? 0 : 1),
    fewerMentions: Math.min(subjectMentions, objectMentions),
    dated: r.date !== undefined ? 1 : 0,
    listPosition: context.listPosition.get(r) ?? 0,
    predicate: r.predicate,
  };
}
