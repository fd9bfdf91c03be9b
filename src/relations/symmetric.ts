/**
 * Predicates that hold both ways. Their statements are written once, with the earlier mention as the
 * subject; a rule may also declare itself symmetric (RelationRuleSpec.symmetric).
 * foughtAgainst too: "X clashed with Y" is one fight between both. allyOf is one of them: "X is a key ally of Y" is reported from one side, but an alliance binds both,
 * and writing it once per pair keeps "X, an ally of Y" and "Y's ally X" from becoming two statements.
 */
export const symmetricPredicates: ReadonlySet<string> = new Set(['metWith', 'communicatedWith', 'allyOf', 'foughtAgainst']);
