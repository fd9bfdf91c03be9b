import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * Where an armed organization operates: a private military company or an armed service (typed
 * Organization, as the annotation guidelines type them) named in a place is there to fight, not based
 * there ("convicts fight with Wagner in X and Y" → operatesIn each place). Units have `unit-in-place`.
 */
export const presenceRules: readonly RelationRuleSpec[] = [
  {
    name: 'armed-org-in-place',
    predicate: 'operatesIn',
    confidence: 0.65,
    patterns: ['S:ArmedOrg $tail ?forces|fighters|mercenaries|troops|elements|personnel in|near|around|outside ?the ?vicinity ?of O:Place+'],
  },
];
