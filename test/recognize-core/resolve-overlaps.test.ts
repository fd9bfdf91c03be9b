import { describe, expect, it } from 'vitest';
import type { Mention } from '../../src/model/document.js';
import { mentionAt } from '../helpers/mention.js';
import { resolveOverlaps } from '../../src/recognize/resolve-overlaps.js';

const m = mentionAt;

describe('resolveOverlaps', () => {
  it('lets a higher priority win over a longer match', () => {
    const out = resolveOverlaps([m(0, 30, { priority: 50 }), m(4, 10, { priority: 80, type: 'MilitaryUnit' })]);
    expect(out.map((x) => [x.start, x.end])).toEqual([[4, 10]]);
  });

  it('prefers the longest match at equal priority, then the more confident one', () => {
    expect(resolveOverlaps([m(0, 7), m(0, 14)]).map((x) => x.end)).toEqual([14]);
    expect(resolveOverlaps([m(0, 7, { confidence: 0.6, recognizer: 'a' }), m(2, 9, { confidence: 0.8, recognizer: 'b' })]).map((x) => x.recognizer)).toEqual(['b']);
  });

  it('keeps non-overlapping candidates, sorted by position', () => {
    expect(resolveOverlaps([m(20, 25), m(0, 5), m(10, 15)]).map((x) => x.start)).toEqual([0, 10, 20]);
  });

  it('drops candidates under the confidence threshold', () => {
    expect(resolveOverlaps([m(0, 5, { confidence: 0.4 })], 0.5)).toEqual([]);
  });

  it('does not depend on input order', () => {
    const cands = [m(0, 10, { recognizer: 'a' }), m(5, 15, { recognizer: 'b' }), m(12, 20, { recognizer: 'c', priority: 60 })];
    const key = (xs: Mention[]): string => xs.map((x) => x.recognizer).join();
    expect(key(resolveOverlaps(cands))).toBe(key(resolveOverlaps([...cands].reverse())));
  });

  it('keeps the gazetteer record of a same-span loser of the same type', () => {
    const ref = { id: 'person:ivan-petrov', name: 'Ivan Petrov', type: 'Person' as const };
    const out = resolveOverlaps([m(0, 11, { type: 'Person', priority: 70, recognizer: 'person' }), m(0, 11, { type: 'Person', priority: 60, ref })]);
    expect(out).toHaveLength(1);
    expect(out[0]!.recognizer).toBe('person');
    expect(out[0]!.ref).toEqual(ref);
  });

  it('drops a candidate that straddles two accepted ones, and merges into the right one among many', () => {
    const ref = { id: 'geonames:2', name: 'Izium', type: 'Place' as const };
    const out = resolveOverlaps([
      m(0, 5, { priority: 80 }),
      m(10, 15, { priority: 80 }),
      m(20, 25, { priority: 80 }),
      m(3, 12, { priority: 70 }), // over the first two
      m(10, 15, { priority: 50, ref }), // same span as the second
      m(30, 34, { priority: 10 }),
    ]);
    expect(out.map((x) => [x.start, x.end])).toEqual([[0, 5], [10, 15], [20, 25], [30, 34]]);
    expect(out.map((x) => x.ref?.id)).toEqual([undefined, 'geonames:2', undefined, undefined]);
  });

  it('does not copy a record across types', () => {
    const ref = { id: 'geonames:1', name: 'Georgia', type: 'Place' as const };
    const out = resolveOverlaps([m(0, 7, { type: 'Person', priority: 70 }), m(0, 7, { ref })]);
    expect(out[0]!.ref).toBeUndefined();
  });
});
