import type { Mention } from '../model/document.js';
import { placeRank } from './arg-types.js';

/**
 * "attacked near A, B, C D, and E": ISW's lists now and then lose a comma, and two settlements stand side by
 * side. A settlement right after a settlement of the same list is no part of its name (the recognizers would
 * have read one name) and no place of it (a settlement does not lie in a settlement), so it is the next
 * conjunct. Only settlements: "A B Oblast" says where A lies, and a wider place after a narrower is never a
 * conjunct here. The matcher (match.ts coordinate) asks this only of a conjunct reached over a bare comma ("A, B
 * C, and D": the list has not ended at its "and" yet; "A and B C" is a two-word name the recognizers split, as a
 * village named like a foreign city), and only when the list goes on after the second name.
 */
export function settlementPair(a: Mention, b: Mention): boolean {
  return isSettlement(a) && isSettlement(b);
}

const isSettlement = (m: Mention): boolean => m.type === 'Place' && m.form !== 'demonym' && placeRank(m) === 0;
