import type { Word } from '../../model/words.js';
import { adjacent } from '../../model/words.js';
import { isUnitNameWord, matchPart, type UnitGrammar } from './parse.js';

/** Name words allowed before a qualifier ("Belka People's Republic"). */
const MAX_NAME_WORDS = 3;
/** Words of the longest qualifier phrase ("Donetsk People 's Republic"). */
const MAX_QUALIFIER_WORDS = 4;

/**
 * "(XNR)" at `i`: an all-caps abbreviation in brackets, as a proxy republic's name carries its own inside a unit's
 * name ("X People's Republic (XNR) People's Militia"). Returns the words it takes (3), or 0.
 */
export function bracketedAcronymAt(words: readonly Word[], i: number, limit: number): number {
  if (i + 2 >= limit) return 0;
  return words[i]!.text === '(' && words[i + 1]!.allCaps && words[i + 2]!.text === ')' ? 3 : 0;
}

/** Where a qualified name ends before its echelon, and what it reads without its bracketed acronym. */
export interface QualifiedName {
  first: number;
  /** End of the qualifier itself: the bracketed acronym after it, if any, is left out of the canonical name. */
  qualifierEnd: number;
}

/**
 * A unit name made of a qualifier (a proxy republic's name) right before an echelon, with the republic's acronym in
 * brackets between them or not: "X People's Republic (XNR) People's Militia", "X People's Republic Army Corps". The
 * name walk of `parseNamedUnit` stops at the possessive and the brackets; without this the republic became a place
 * and the force nothing (8 unit spans of the ISW dev golds, branch unit18). Name words before a generic qualifier
 * belong to it ("Belka" of "Belka People's Republic"). Undefined when no qualifier ends at `end`.
 */
export function qualifiedNameBefore(g: UnitGrammar, text: string, words: readonly Word[], end: number, stopAt: number): QualifiedName | undefined {
  let qualifierEnd = end;
  if (end - 3 > stopAt && bracketedAcronymAt(words, end - 3, end) === 3) qualifierEnd = end - 3;
  for (let k = qualifierEnd - 1; k >= stopAt && qualifierEnd - k <= MAX_QUALIFIER_WORDS; k--) {
    const m = matchPart(g, words, k, qualifierEnd, false);
    if (!m || k + m.length !== qualifierEnd || m.value.role !== 'qualifier' || m.value.abbreviation) continue;
    let first = k;
    while (first - 1 >= stopAt && k - first < MAX_NAME_WORDS && adjacent(text, words[first - 1]!, words[first]!) && isUnitNameWord(g, words[first - 1]!)) first--;
    return { first, qualifierEnd };
  }
  return undefined;
}
