import type { NameMatch } from './match.js';
import { CAP, type WordTokens } from './scan.js';

/** A hyphen or a non-breaking hyphen between two words of a name. */
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;

/**
 * The match is capitalized words joined by single hyphens ("Askaniia-Nova", "Kamianka-Dniprovska"): held whole by a
 * list, such a compound is one place's name. Two villages of a hyphenated line ("the A-B line") are no held name, so
 * they are never matched as one. A few character reads per word of the match.
 */
export function hyphenCompound(text: string, words: WordTokens, m: NameMatch): boolean {
  if (m.end - m.first < 2) return false;
  for (let w = m.first + 1; w < m.end; w++) {
    const gap = words.start[w]! - words.end[w - 1]!;
    if (gap !== 1 || !isHyphen(text.charCodeAt(words.end[w - 1]!)) || !(words.flags[w]! & CAP)) return false;
  }
  return (words.flags[m.first]! & CAP) !== 0;
}
