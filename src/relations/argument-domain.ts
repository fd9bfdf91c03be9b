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
};

/** metWith is symmetric: the object is held to the subject's domain too. */
const SYMMETRIC = new Set(['metWith']);

/**
 * A party that talks as a body: an organization, a unit, a country or its nationality word, or a capital standing for its
 * government ("Türkiye held talks with Russia", "the SDF negotiated with Damascus", "Houthi representatives held talks
 * with Saudi officials"): the rules take a place only right after their verbs' "with", never a place where talks were held.
 */
const isParty = (m: Mention): boolean => m.type === 'Organization' || m.type === 'MilitaryUnit' || m.type === 'Place';

/**
 * `communicatedWith` links two people, or two parties (branch defence8: the expert-annotated defence corpus of issue 13
 * has contacts between armed groups, governments and their envoys); never a person with a party, which the text
 * states as a person's dealings with a body, not a contact of two of a kind.
 */
function communicationDomain(subject: Mention, object: Mention): boolean {
  if (subject.type === 'Person' || object.type === 'Person') return subject.type === 'Person' && object.type === 'Person';
  return isParty(subject) && isParty(object);
}

export function outsideDomain(predicate: string, subject: Mention, object: Mention): boolean {
  if (predicate === 'communicatedWith') return !communicationDomain(subject, object);
  const allowed = SUBJECT_DOMAIN[predicate];
  return allowed !== undefined && (!allowed(subject) || (SYMMETRIC.has(predicate) && !allowed(object)));
}
