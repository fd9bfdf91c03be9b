import type { Mention } from '../model/document.js';

/**
 * A small settlement linked to a namesake abroad: "Staritsa, Kharkiv Oblast" where the gazetteer's only Staritsa is
 * a Russian town (village names repeat across Ukraine, Russia and Belarus, and the gazetteers hold few villages).
 * The text naming its region beats the link's country: a settlement of a known small population, or of none, may
 * lie in a region (an oblast, a krai; not a country, where "Lviv, Belarus" is a list) of another country than its
 * link says — only when the region follows it right away ("X, Y Oblast", "X (Y Oblast", "X in Y Oblast"): in a list before "in"
 * ("in Minsk and X in Y Oblast") the region is the last item's. Containment guard (guards.ts plausiblyContained).
 */
/** The region right after the settlement: ", ", " (" or " in " between them. */
const MAX_GAP = 4;
const SMALL_TOWN = 20000;
const SETTLEMENT_KINDS = new Set(['City', 'Place']);
/** The region named as one ("Kharkiv Oblast"), not a bare name the recognizers took for a region ("Skadovsk, Primorsky"). */
const NAMED_AS_REGION = /\s(?:Oblast|Krai|Raion|Region|Province|Hromada)$/;

export function mayBeHomonymAbroad(subject: Mention, object: Mention): boolean {
  if (!SETTLEMENT_KINDS.has(subject.placeKind ?? '') || object.placeKind !== 'AdministrativeArea' || !NAMED_AS_REGION.test(object.text)) return false;
  if (object.start < subject.end || object.start - subject.end > MAX_GAP) return false;
  const population = subject.ref?.population;
  return population === undefined || population < SMALL_TOWN;
}
