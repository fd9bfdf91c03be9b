import type { RelationRuleSpec } from '../rule-spec.js';

/** Words that may describe a country's body between its owner and its name: "India's ruling X Party", "Iran's powerful X Council". */
const BODY_WORDS = '*2[of|in|at|for|from|with|and|or|but|to|by|that|which|who|said|says]';

/**
 * leaderOf / memberOf (by the role) for an office of a body a country owns, the body described between the
 * owner and its name, the holder named in apposition: "the head of [Nepal]'s ruling [Congress Party], [X],", "a
 * spokesman for [Iran]'s powerful [Guardian Council], [X],". (The owner's possessive with no words between is
 * title-of-name's: its object follows the possessive chain.)
 */
export const ownedBodyOfficeRules: readonly RelationRuleSpec[] = [
  {
    name: 'title-of-owned-body',
    predicate: 'leaderOf',
    byRole: true,
    requireRole: true,
    confidence: 0.8,
    patterns: [`?the $title of|for ?the _:Polity 's ${BODY_WORDS} O:Group $tail , ?$honorific S:Person ,`],
  },
];
