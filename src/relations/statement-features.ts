import type { Doc, RelationMention } from '../model/document.js';
import { rulePrecision } from './rules/confidence.js';

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
  predicate: string;
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

/** The features of statement `r` of `doc`; `perSentence` from `statementsPerSentence` over the document's statements. */
export function statementFeatures(doc: Doc, r: RelationMention, perSentence: ReadonlyMap<number, number>): StatementFeatures {
  const subject = doc.mentions[r.subject]!;
  const object = doc.mentions[r.object]!;
  const [first, second] = subject.start <= object.start ? [subject, object] : [object, subject];
  const tokenCount = doc.tokens.length;
  const from = tokenAtOrAfter(doc, first.end, 0, tokenCount);
  const to = Math.max(from, tokenAtOrAfter(doc, second.start, from, tokenCount));
  let breaks = 0;
  for (let t = from; t < to; t++) if (BREAKS.has(doc.tokens.text[t]!)) breaks++;
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
    sentenceStatements: perSentence.get(r.sentence) ?? 1,
    predicate: r.predicate,
  };
}
