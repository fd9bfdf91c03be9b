import type { Doc, Mention } from '../model/document.js';
import { isArmedGroup } from './arg-types.js';

/**
 * An armed group read by a rule written for units is placed in a whole country only when its people are named: wire news
 * names a group with a country as its enemy, its target or its cause ("[Red Hand] fought a war with [Freedonia] that
 * killed … in [Freedonia]", "stopping the [Red Hand] from firing rockets into [Freedonia]", "the [Red Hand] is in
 * [Freedonia] for talks"), where its "militants", "fighters" or "bases" put it there. Branch armed7: of 12 such
 * statements in 600 unannotated wire-news stretches, 4 right; with this, 1 of 2 kept wrong. The organization rules
 * (org-force-presence.ts), which name the group's people or attacks themselves, are not concerned.
 */
const ITS_PEOPLE = /^(?:\s*\([^()]{0,40}\))?\s*(?:['\u2019]s\s+)?(?:[\p{L}-]+\s+)?(?:militants|fighters|fighter|insurgents|rebels|guerrillas|gunmen|gunman|militia|militias|militiamen|forces|troops|members|units|elements|remnants|personnel|operatives|commanders|cells|bases|camps|positions)\b/iu;
/** Enough text for a bracket, a possessive, one word and the noun. */
const REACH = 64;

/** The subject is an armed group, the place a whole country, and no people of the group are named after it. */
export function groupOnlyNamedInCountry(doc: Doc, subject: Mention, place: Mention): boolean {
  return isArmedGroup(subject) && place.placeKind === 'Country' && !ITS_PEOPLE.test(doc.text.slice(subject.end, subject.end + REACH));
}
