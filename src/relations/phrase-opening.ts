import type { SentenceItems } from './items.js';

/**
 * Words that make what follows a description rather than a title before a name: "the Freedonian Commander of the Y,
 * General X" describes X, "Freedonian Chief of the Y X" titles X (read golds: 0 of 2 against 5 of 5 annotated with
 * the nationality; branch known12).
 */
// Not "that": a complementizer far more often than a demonstrative here ("reported that Freedonian Chief of … X will …").
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** A determiner stands right before item `first`, the match's first item. */
export const determinerBefore = (items: SentenceItems, first: number): boolean =>
  first > 0 && items.mention[first - 1]! < 0 && DETERMINERS.has(items.keys[first - 1]!);
