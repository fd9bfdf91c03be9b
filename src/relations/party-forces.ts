import type { Doc, Mention } from '../model/document.js';

/**
 * A nationality fought is a party only when it names forces: "clashed with Ukrainian troops", "fighting the
 * Russian sabotage groups", not "fought against Russian assaults" (who repels an attack named by nationality
 * only fought no named party: annotation guidelines) nor "battle Ukrainian positions" (a place held).
 * RelationRuleSpec.partyForces. A country or a unit named is a party as it is.
 */
const NAMES_FORCES = /^\s+(?:[a-z][a-z-]*\s+){0,3}?(?:forces|force|troops|units|unit|defenders|defense|servicemen|soldiers|fighters|militants|personnel|military|army|navy|elements|groups|group|detachments|detachment|brigades|battalions|companies|formations|grouping|groupings|BTGs|BTG|volunteers|marines|paratroopers|infantry|partisans|side)\b/;
/** How far after the nationality the force word is looked for (code points). */
const LOOK_AHEAD = 64;

export function namesForces(doc: Doc, m: Mention): boolean {
  if (m.form !== 'demonym') return true;
  return NAMES_FORCES.test(doc.text.slice(m.end, m.end + LOOK_AHEAD));
}
