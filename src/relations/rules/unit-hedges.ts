import type { RelationRuleSpec } from '../rule-spec.js';

/** Hedges before a formation's owner: "…, likely of the Y". */
const HEDGE = 'likely|possibly|probably|reportedly|presumably';
/** Verbs of a formation holding its parts. */
const INCLUDES = 'comprises|comprised|comprising|includes|included|including|consists|consisted|consisting';

/**
 * Unit hierarchies told in hedged or bracketed asides:
 * - "elements of the Y Army, possibly of the Z Division": the elements are the division's, and the division the
 *   army's; "the A Battalion (likely of the B Brigade)": the battalion the brigade's. Which of the two is part of the
 *   other the echelons decide (stage: partOf only from a lower echelon to a higher one), so both orders are read.
 * - "Y (which includes the A Battalion and the B Brigade)": a relative clause in brackets, as unit-part-of reads
 *   it after a comma.
 */
export const unitHedgeRules: readonly RelationRuleSpec[] = [
  {
    name: 'unit-hedged-of',
    predicate: 'partOf',
    confidence: 0.75,
    patterns: [`S:Unit ,|( ${HEDGE} of|from ?the O:Unit`, `O:Unit ,|( ${HEDGE} of|from ?the S:Unit`],
  },
  {
    name: 'unit-includes-bracket',
    predicate: 'partOf',
    confidence: 0.8,
    patterns: [`O:Unit|Org ( ?which|that ${INCLUDES} ?of ?the|its S:Unit+`],
  },
];
