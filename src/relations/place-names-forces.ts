import type { Doc, Mention } from '../model/document.js';

/**
 * A place that names whose forces they are, or who leads or backs them, is no place where an actor is: "the militants
 * have been attacking [Freedonia]-led forces in [Y]", "clashes with [Freedonia] and [Y] government troops", "attacks
 * against [Freedonia], NATO and [Y] forces". Branch armed7: once armed groups read like units, 3 such operatesIn on
 * wire news (one on the dev split, two in 600 unannotated stretches), all wrong.
 */
const LEADING = /^[-\u2010\u2011\u2013](?:led|backed|allied|supported|sponsored|trained|funded|armed)\b/i;
const NAME = "\\p{Lu}[\\p{L}'\u2019.-]*";
const FORCES = '(?:government\\s+|security\\s+|coalition\\s+)?(?:forces|troops|soldiers)\\b';
/**
 * The place, maybe with more names of a list, then a noun of forces: "[X] forces", "[X] and [Y] troops", "[X], NATO and
 * [Y] forces". Not a comma and "and" after the place alone, which opens another clause ("withdrew from [X], and [Y] forces
 * continued …").
 */
const OWNS_FORCES = new RegExp(`^(?:(?:\\s*,\\s*${NAME})+\\s*,?\\s+(?:and|or)\\s+${NAME}|\\s+(?:and|or)\\s+${NAME})?\\s+${FORCES}`, 'u');
/** Enough text for a few names of a list. */
const REACH = 64;

/** The place at `m` qualifies forces: it leads, backs or owns them ("[X]-led forces", "[X] and [Y] troops"). */
export function namesForcesOf(doc: Doc, m: Mention): boolean {
  const after = doc.text.slice(m.end, m.end + REACH);
  return LEADING.test(after) || OWNS_FORCES.test(after);
}
