import { NO_NEEDS } from './need-lists.js';

/**
 * The facts of a word item that the relations stage reads at every item of a sentence, packed in one number so
 * that WordInfos.fill copies them from one memo slot per item into a list by item (WordInfos.factsOfItem): where the
 * key's word needs stand in WordInfos.needLists (NeedPositions.begin), whether patterns are anchored on the key (the
 * stage's item loop) and whether it is a word of holding (the matcher's pastOccupation). Read from that list, the
 * sentence's first two passes over its items touch no WordInfo object; the loop reads the info only of the items that
 * anchor patterns (58% of the word items over the 294 ISW reports, counted). Measured (CPU profiles of the relations stage alone, 6 warm passes over the 294 ISW reports,
 * 25f0bbd against this): `begin` 6.0% → 3.1% of the stage's samples, `fill` 1.6% → 2.6% (its second memo read), the
 * item loop 18.1% → 18.5% (the info read moved there for the items anchoring patterns); the three 25.7% → 24.2%.
 */
export const packItemFacts = (needsAt: number, anchors: boolean, holding: boolean): number => needsAt * 4 + (holding ? 2 : 0) + (anchors ? 1 : 0);

/** The offset of the item's word needs (need-lists.ts), or NO_NEEDS. */
export const needsAtOf = (facts: number): number => facts >> 2;

/** Patterns are anchored on the item's key. */
export const anchorsPatterns = (facts: number): boolean => (facts & 1) !== 0;

/** The item's key is a participle of who holds the place after it (match.ts KEY_HOLDING, "occupied X"). */
export const holdsPlace = (facts: number): boolean => (facts & 2) !== 0;

/** The facts of a mention item: no word needs, no word-anchored patterns (the stage reads its own info for mentions). */
export const MENTION_FACTS = packItemFacts(NO_NEEDS, false, false);
