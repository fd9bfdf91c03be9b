import { describe, expect, it } from 'vitest';
import { NeedLists, NO_NEEDS } from '../../src/relations/need-lists.js';
import { anchorsPatterns, holdsPlace, MENTION_FACTS, needsAtOf, packItemFacts } from '../../src/relations/item-facts.js';

const listAt = (lists: NeedLists, at: number): number[] => Array.from(lists.pool.subarray(at + 1, at + 1 + lists.pool[at]!));

describe('NeedLists (need-lists.ts)', () => {
  it('stores each list once, by identity, and reads it back at its offset', () => {
    const lists = new NeedLists();
    const a = [3, 7, 11];
    const b = [5];
    const atA = lists.add(a);
    const atB = lists.add(b);
    expect(listAt(lists, atA)).toEqual(a);
    expect(listAt(lists, atB)).toEqual(b);
    expect(lists.add(a)).toBe(atA);
    // An equal list of another identity is another key's: stored apart (offsets only ever point at equal contents).
    expect(listAt(lists, lists.add([3, 7, 11]))).toEqual(a);
  });

  it('gives NO_NEEDS for no list or an empty one', () => {
    const lists = new NeedLists();
    expect(lists.add(undefined)).toBe(NO_NEEDS);
    expect(lists.add([])).toBe(NO_NEEDS);
  });

  it('keeps every offset valid when the pool grows', () => {
    const lists = new NeedLists();
    const stored = Array.from({ length: 500 }, (_, k) => Array.from({ length: 1 + (k % 9) }, (_, j) => k * 10 + j));
    const offsets = stored.map((list) => lists.add(list));
    stored.forEach((list, k) => expect(listAt(lists, offsets[k]!)).toEqual(list));
  });
});

describe('item facts (item-facts.ts)', () => {
  it('packs and reads back the needs offset and whether patterns are anchored', () => {
    for (const at of [NO_NEEDS, 0, 1, 17, 123_456]) {
      for (const anchors of [false, true]) {
        for (const holding of [false, true]) {
          const facts = packItemFacts(at, anchors, holding);
          expect(needsAtOf(facts)).toBe(at);
          expect(anchorsPatterns(facts)).toBe(anchors);
          expect(holdsPlace(facts)).toBe(holding);
        }
      }
    }
    expect(needsAtOf(MENTION_FACTS)).toBe(NO_NEEDS);
    expect(anchorsPatterns(MENTION_FACTS)).toBe(false);
    expect(holdsPlace(MENTION_FACTS)).toBe(false);
  });
});
