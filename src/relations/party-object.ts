import type { Doc, Mention } from '../model/document.js';

/**
 * A place taken or left is never a party named with its forces: in "Ukrainian forces still control X, and Russia
 * forces will need to …" or "withdrew from X (…), and the Y People's Republic (YPR) Militia claimed …" the list of
 * places ends before the country, which opens a new clause as its subject. A country, a self-proclaimed republic
 * or a nationality right before a force noun (maybe past its bracketed acronym) names that party.
 */
const FORCE_AFTER = /^\s*(?:\([^)]{1,16}\)\s*)?(?:forces|troops|units|militia|servicemen|soldiers|fighters|elements|army|military)\b/i;
/** How far after the mention the force noun is looked for (code points). */
const LOOK_AHEAD = 32;

const isPolity = (m: Mention): boolean =>
  m.type === 'Place' && (m.form === 'demonym' || m.placeKind === 'Country' || (m.placeKind === 'Region' && m.ref !== undefined && /\bRepublic\b/.test(m.ref.name)));

/** Predicates whose object is a place taken or left. */
export const placeTakenPredicates: ReadonlySet<string> = new Set(['captured', 'withdrewFrom']);

export function objectNamesParty(doc: Doc, m: Mention): boolean {
  return isPolity(m) && FORCE_AFTER.test(doc.text.slice(m.end, m.end + LOOK_AHEAD));
}
