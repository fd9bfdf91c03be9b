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
  // Capped at 60 words: longer sentences are few (71 of 2268 judged), and no length alone may take a statement of a
  // measured rule below the default minConfidence 0.5 (at the cap, with a demonym, the least precise rule measured gives 0.55).
  sentenceWords: (f) => Math.log(Math.min(Math.max(f.sentenceWords, 1), 60)),
  antecedent: (f) => f.antecedent,
  demonym: (f) => f.demonym,
  objectFirst: (f) => f.objectFirst,
  sentenceStatements: (f) => Math.log(Math.max(f.sentenceStatements, 1)),
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
