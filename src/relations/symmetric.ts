/**
 * Predicates that hold both ways. Their statements are written once, with the earlier mention as the
 * subject; a rule may also declare itself symmetric (RelationRuleSpec.symmetric).
 */
export const symmetricPredicates: ReadonlySet<string> = new Set(['metWith']);
