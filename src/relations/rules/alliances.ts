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

export const allianceRules: readonly RelationRuleSpec[] = [
  {
    // "Putin ally X", "Lukashenko's close ally X", "Putin's close ally and financier of the Y Group X" (the
    // second noun phrase of the apposition stops at a comma, so the ally is the name that closes it).
    name: 'ally-before-name',
    predicate: 'allyOf',
    confidence: 0.8,
    patterns: [
      `O:${PARTY} ?'s ?${ADJ} ally S:Person|Group`,
      `O:${PARTY} 's ?${ADJ} ally and **6[,|;|who|which|that] S:Person`,
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
