import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/recognize/resolve-overlaps.js';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth.js';
import { mentionAt } from '../helpers/mention.js';

// Issue #14, item 1: the resolver kept its accepted mentions sorted by inserting with Array.splice; when the
// ranking accepts mentions from the end of a long document towards its start, every insertion moved all
// mentions accepted so far.
describe('resolveOverlaps on a long document', () => {
  const candidates = (n: number) =>
    Array.from({ length: n }, (_, i) => [mentionAt(10 * i, 10 * i + 5, { priority: i }), mentionAt(10 * i + 3, 10 * i + 8, { priority: -1 })]).flat();

  it('takes time linear in the number of candidates (4× the candidates, well under the 16× of quadratic work)', () => {
    const ratio = growthRatio((scale) => {
      const input = candidates(20_000 * scale);
      return () => resolveOverlaps(input);
    });
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });

  it('still keeps the winners in text order and drops what overlaps them', () => {
    const out = resolveOverlaps(candidates(1000));
    expect(out).toHaveLength(1000);
    expect(out.every((m, i) => m.start === 10 * i && m.priority === i)).toBe(true);
  });
});
