import type { RelationRuleSpec } from '../rule-spec.js';

/** An organization's armed or mission people, as wire news names them after the organization. */
const FORCE_NOUNS = 'peacekeepers|peacekeeper|troops|forces|soldiers|force|mission|missions|contingent|contingents|monitors|observers';
/** What may stand between the organization and its people: who leads them, and what kind of force it is. */
const FORCE_KIND = '?- ?led|commanded|backed ?peacekeeping|military|security|stabilization|stabilisation|monitoring|observer|police|training|naval|combat ?-';

/**
 * operatesIn for a civil organization's force or mission in a place: "[U.N.] peacekeepers in [Haiti]", "the
 * [NATO]-led peacekeeping force in [Afghanistan]", "the [African Union] peacekeeping mission in [Somalia]",
 * "[NATO] forces in neighboring [Afghanistan]". The organization is there through its people (armed
 * organizations have armed-org-in-place; a country's forces give no operatesIn: the subject must be a
 * CivilOrg). No subject-acts check: "part of the [NATO] force in [X]" is a part of the force, and NATO is there
 * all the same. Only "in" right after the force noun: "sending [U.N.] troops to [X]" is a plan, and "[NATO]
 * troops from [X]" an origin.
 */
export const orgForcePresenceRules: readonly RelationRuleSpec[] = [
  {
    name: 'org-force-in-place',
    predicate: 'operatesIn',
    confidence: 0.65,
    patterns: [`S:CivilOrg ${FORCE_KIND} ${FORCE_NOUNS} in ?neighboring|neighbouring|southern|northern|eastern|western|central O:Place+`],
  },
];
