import type { RelationRuleSpec } from '../rule-spec.js';

/**
 * Alliances named by the noun, before the ally's name or as a pact made: "Putin ally X", "the Kremlin's
 * close ally and chief financier of the Y Group X", "X formed an alliance with the commander of Y, General
 * Z". The copular "X is a close ally of Y" is `ally-of` (builtin.ts). A plural ("its allies", "senior Putin
 * allies") names no one: only a singular "ally" right before a person or a party is read.
 */
const ADJ = 'key|close|closest|staunch|main|major|longtime|long-time|traditional|strategic|loyal|firm|trusted|old';
const PARTY = 'Person|Group|Polity';
/** Verbs of making an alliance. */
const FORMED = 'formed|forged|built|made|struck|concluded|entered|established|cemented';

/** Verbs of being, before an alliance stated as what a party is: "X is Y's closest ally", "X and Y are allies". */
const IS = 'is|was|are|were|remains|remain|remained|became|become|becomes|been';

export const allianceRules: readonly RelationRuleSpec[] = [
  {
    // The alliance told in an apposition on the ally: "X, a close Putin ally, …", "X, Putin's closest ally, …",
    // "X, a longtime ally of Y, …", "X and Z, both allies of Y, …" (the apposition's noun is singular for one
    // ally; "both"/"all" before the plural for a list).
    name: 'ally-apposition',
    predicate: 'allyOf',
    confidence: 0.8,
    patterns: [
      `S:${PARTY} , ?a|an ?${ADJ} O:${PARTY} ?'s ?${ADJ} ally ,|and|who|;|.`,
      `S:${PARTY} , ?a|an|one ?of ?the ?${ADJ} ally|allies of ?the O:${PARTY}`,
      `S:${PARTY}+ , both|all ?${ADJ} allies of ?the O:${PARTY}`,
    ],
  },
  {
    // The alliance as what a party is: "X is Y's closest ally", "X has become one of Y's key allies", "X and Y are
    // close allies" ("X is a close ally of Y" is ally-of, builtin.ts). Negation is the stage's ("X is not Y's ally").
    name: 'ally-copular',
    predicate: 'allyOf',
    confidence: 0.8,
    patterns: [
      `S:${PARTY} *2 ${IS} ?a|an|one ?of O:${PARTY} 's ?${ADJ} ally|allies`,
      `S:${PARTY} and O:${PARTY} *2 ${IS} ?${ADJ} allies`,
    ],
  },
  {
    // "Putin ally X", "Lukashenko's close ally X", "Shoigu's close ally and financier of the Y Group X" (the
    // second noun phrase of the apposition stops at a comma, so the ally is the name that closes it), "X and its
    // ally Y".
    name: 'ally-before-name',
    predicate: 'allyOf',
    confidence: 0.8,
    patterns: [
      `O:${PARTY} ?'s ?${ADJ} ally S:Person|Group`,
      `O:${PARTY} 's ?${ADJ} ally and **6[,|;|who|which|that] S:Person`,
      // "X and its regional ally Y": the possessive pronoun stands for the party just named.
      `O:${PARTY} and its|his|her ?${ADJ}|regional ally S:Person|Group|Polity`,
    ],
  },
  {
    // "X formed an alliance with Y", "X entered into an alliance with the commander of Y, General Z".
    name: 'alliance-with',
    predicate: 'allyOf',
    confidence: 0.8,
    patterns: [
      `S:${PARTY} *3[that|which|who|;] ${FORMED} ?into ?a|an ?${ADJ}|informal|tactical|political alliance with ?the O:${PARTY}`,
      // The partner named after a title of office: "with the Commander of the Y Forces, Army General Z".
      `S:Person *3[that|which|who|;] ${FORMED} ?into ?a|an ?${ADJ}|informal|tactical|political alliance with ?the **10[;|that|which|who] , ?$title O:Person`,
    ],
  },
];
