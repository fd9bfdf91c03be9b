import { describe, expect, it } from 'vitest';
import { firstItem, lastItem } from '../../src/relations/item-extremes.js';

describe('the first and the last bound item (item-extremes.ts)', () => {
  it('finds them in any order, as Math.min and Math.max do', () => {
    expect(firstItem([7, 3, 9])).toBe(3);
    expect(lastItem([7, 3, 9])).toBe(9);
    expect(firstItem([4])).toBe(4);
    expect(lastItem([4])).toBe(4);
  });

  it('gives Infinity and -Infinity for no item, as Math.min() and Math.max() do', () => {
    expect(firstItem([])).toBe(Math.min());
    expect(lastItem([])).toBe(Math.max());
  });
});
