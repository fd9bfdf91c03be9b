import type { Mention } from '../model/document.js';

/**
 * Who can take part in a predicate, by the annotation guidelines' subject → object table, for predicates
 * whose rules accept wider argument types to read lists and appositions whole: only a person visits
 * ("visited | PER → LOC": a delegation or an agency arriving at a plant is not a visit by the guidelines) and
 * only people meet. A statement outside its domain is dropped after the rule matched, so a list that mixes a
 * person and an organization still yields the person's statement.
 */
const SUBJECT_DOMAIN: Readonly<Partial<Record<string, (m: Mention) => boolean>>> = {
  visited: (m) => m.type === 'Person',
  metWith: (m) => m.type === 'Person',
  communicatedWith: (m) => m.type === 'Person',
};

/** metWith and communicatedWith are symmetric: the object is held to the subject's domain too. */
const SYMMETRIC = new Set(['metWith', 'communicatedWith']);

export function outsideDomain(predicate: string, subject: Mention, object: Mention): boolean {
  const allowed = SUBJECT_DOMAIN[predicate];
  return allowed !== undefined && (!allowed(subject) || (SYMMETRIC.has(predicate) && !allowed(object)));
}
