import type { StatementFeatures } from '../statement-features.js';

/**
 * The numeric inputs the confidence model may weigh, each read from a statement's features. Counts are capped or
 * logged so that one long list does not dominate; the rule's precision enters as a logit, so that a model weighing
 * it alone reproduces the rule table. bench/fit-confidence.ts chooses among these by cross-validation, and
 * rules/confidence-model.ts holds the weights of the ones chosen.
 */
export const confidenceInputs: Readonly<Record<string, (f: StatementFeatures) => number>> = {
  rulePrecision: (f) => Math.log(f.rulePrecision / (1 - f.rulePrecision)),
  claim: (f) => f.claim,
  wordsBetween: (f) => Math.log1p(f.wordsBetween),
  mentionsBetween: (f) => Math.min(f.mentionsBetween, 4),
  breaksBetween: (f) => Math.min(f.breaksBetween, 4),
  longSentence: (f) => (f.sentenceWords > 40 ? 1 : 0),
  // Capped at 50 words (cal10; 60 before): no length alone may take a statement of a measured rule below the default
  // minConfidence 0.5 — at the cap, with a demonym, first in no list and its arguments named again, the least precise
  // rule measured gives 0.505 (0.467 at a cap of 60 with cal10's weights). 277 of 2272 judged statements are longer;
  // the cross-validated log loss is the same at either cap (0.1537), AUC 0.661 against 0.662.
  sentenceWords: (f) => Math.log(Math.min(Math.max(f.sentenceWords, 1), 50)),
  antecedent: (f) => f.antecedent,
  demonym: (f) => f.demonym,
  objectFirst: (f) => f.objectFirst,
  sentenceStatements: (f) => Math.log(Math.max(f.sentenceStatements, 1)),
  tripleSentences: (f) => Math.log(Math.max(f.tripleSentences, 1)),
  restated: (f) => (f.tripleSentences > 1 ? 1 : 0),
  pairSentences: (f) => Math.log(Math.max(f.pairSentences, 1)),
  unlinkedArguments: (f) => f.unlinkedArguments,
  anyUnlinked: (f) => (f.unlinkedArguments > 0 ? 1 : 0),
  fewerMentions: (f) => Math.log(Math.max(f.fewerMentions, 1)),
  mentionedOnce: (f) => (f.fewerMentions <= 1 ? 1 : 0),
  dated: (f) => f.dated,
  listPosition: (f) => Math.log1p(f.listPosition),
  attacked: (f) => (f.predicate === 'attacked' ? 1 : 0),
  locatedIn: (f) => (f.predicate === 'locatedIn' ? 1 : 0),
  operatesIn: (f) => (f.predicate === 'operatesIn' ? 1 : 0),
  memberOf: (f) => (f.predicate === 'memberOf' ? 1 : 0),
  leaderOf: (f) => (f.predicate === 'leaderOf' ? 1 : 0),
  partOf: (f) => (f.predicate === 'partOf' ? 1 : 0),
  captured: (f) => (f.predicate === 'captured' ? 1 : 0),
  foughtAgainst: (f) => (f.predicate === 'foughtAgainst' ? 1 : 0),
  visited: (f) => (f.predicate === 'visited' ? 1 : 0),
};

/**
 * The inputs that read a statement's tripleSentences or pairSentences: counting those takes two key strings per
 * statement, which the relations stage builds only when the model weighs one of these (calibrate.ts).
 */
export const REDUNDANCY_INPUTS: ReadonlySet<string> = new Set(['tripleSentences', 'restated', 'pairSentences']);
