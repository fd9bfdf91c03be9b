import type { Mention } from '../model/document.js';

/**
 * A place's name made an adjective by "-type", "-style" or "-like" ("a third Minsk-type agreement",
 * "Grozny-style urban assaults") compares something with what happened there; it names no place the text
 * talks about, so it is no location mention and no relation argument. (A bare name before an agreement noun,
 * "the Minsk agreements", stays a place: the gold annotates it.)
 */
const LIKE_SUFFIX = /^-(?:type|style|like)\b/i;

/** The mentions without a place's name used as a "-type"/"-style"/"-like" adjective; reads 6 characters per place. */
export function withoutPlaceAdjectives(text: string, mentions: Mention[]): Mention[] {
  let drop: Set<Mention> | undefined;
  for (const m of mentions) {
    if (m.type !== 'Place' || text.charCodeAt(m.end) !== 45 /* - */ || !LIKE_SUFFIX.test(text.slice(m.end, m.end + 7))) continue;
    (drop ??= new Set()).add(m);
  }
  return drop ? mentions.filter((x) => !drop!.has(x)) : mentions;
}
