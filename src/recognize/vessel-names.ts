import type { Mention } from '../model/document.js';

/**
 * Nouns of ships. A name right after one is the ship's name ("the cargo ship Sparta II", "the cruiser
 * Moskva"), which no annotated type covers, though it may spell a unit's or a city's name.
 */
const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'ship', 'vessel', 'tanker', 'frigate', 'cruiser', 'corvette', 'submarine', 'ferry', 'icebreaker', 'destroyer', 'freighter',
  'flagship', 'minesweeper', 'tugboat',
]);
const MAX_NOUN = 12;
const LOWER_WORD = /^[a-z]+$/;

/**
 * The mentions without ships' names: a name right after a ship noun, and the same name's other mentions in
 * the document ("the families of Moskva crew members" after "the cruiser Moskva"). Looks only at the few
 * characters before each mention.
 */
export function withoutVesselNames(text: string, mentions: Mention[]): Mention[] {
  let vessels: Set<string> | undefined;
  for (const m of mentions) {
    if (m.form !== 'name' || m.start < 2 || text.charCodeAt(m.start - 1) !== 32) continue;
    const to = m.start - 1;
    let from = to;
    while (from > 0 && to - from < MAX_NOUN && text.charCodeAt(from - 1) >= 97 && text.charCodeAt(from - 1) <= 122) from--;
    const noun = text.slice(from, to);
    if (noun.length < 4 || !LOWER_WORD.test(noun) || !VESSEL_NOUNS.has(noun)) continue;
    (vessels ??= new Set()).add(m.text);
  }
  return vessels ? mentions.filter((m) => m.form === 'acronym' || !vessels!.has(m.text)) : mentions;
}
