import { KEY_COMMON, KEY_PERSON } from './index.js';

/** Words that may sit inside a name without making it less of a name ("Bosnia and Herzegovina"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'an', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'de', 'del', 'der', 'des', 'di', 'do', 'dos', 'du', 'la', 'le',
  'les', 'of', 'on', 'sur', 'upon', 'und', 'am', 'im', 'bin', 'ibn', 'y', 'e', 'i', 'and', 'the', 'da', 'das', 'van',
  'von', 'den', 'na', "'s", 'for', 'in',
]);

export interface CommonWordSets {
  words: ReadonlySet<string>;
  personNames: ReadonlySet<string>;
}

/**
 * Classifies a folded key: KEY_COMMON when its one content word is an ordinary English word, KEY_PERSON
 * when every word is a person's name. Such names need evidence before they are taken for places. A name of
 * several ordinary words ("New York", "Black Sea") is not common: it matches only when every word is
 * capitalized, which ordinary phrases are not.
 */
export function classifyKey(key: string, sets: CommonWordSets): number {
  const words = key.split(' ');
  let common = true;
  let person = true;
  let content = 0;
  for (const w of words) {
    if (NAME_PARTICLES.has(w)) continue;
    content++;
    const isPerson = sets.personNames.has(w);
    if (!sets.words.has(w) && !isPerson) common = false;
    if (!isPerson) person = false;
  }
  if (content === 0) return KEY_COMMON;
  return (person ? KEY_PERSON : 0) | (common && content === 1 ? KEY_COMMON : 0);
}
