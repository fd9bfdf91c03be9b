import type { Doc, Mention } from '../model/document.js';

/**
 * Where a unit was deployed FROM is its home or its base, not a place it operates in: "deployed the 9th Brigade from
 * X to Y", "two BTGs deployed from X, Russia, to Y" (the gold marks Y only). A REdeployment from a place is another
 * matter: the unit had been deployed there ("redeployed from X to Y" → operatesIn X and Y), and so is an attack
 * from a place (origin-places.ts). Read on the text before the place: the verb of deploying, then "from" right
 * before the place, with no other clause or action between them.
 */
const DEPLOYED_FROM = /\bdeploy(?:ed|ing|s)?\b((?:[^.;:](?!\b(?:and|after|before|while|then|where|which|who|attack\w*|advanc\w*|fought|fighting|operat\w*)\b)){0,80}?)\bfrom\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$/i;
/** Enough text before the place to see the verb and what it took ("deployed elements of the 29th Brigade from"). */
const LOOK_BEHIND = 100;

/** The place is where a unit was deployed from (not redeployed: "redeployed" does not match \bdeploy). */
export function deployedFrom(doc: Doc, place: Mention): boolean {
  return DEPLOYED_FROM.test(doc.text.slice(Math.max(0, place.start - LOOK_BEHIND), place.start));
}
