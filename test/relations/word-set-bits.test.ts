import { describe, expect, it } from 'vitest';
import { inWordSet, numberWordSet, wordSetBits } from '../../src/relations/word-set-bits.js';
import { compilePattern } from '../../src/relations/pattern.js';

/** The matcher tests a word element by the bits of the item's key (word-set-bits.ts), not by a Set look-up. */
describe('word set bits (word-set-bits.ts)', () => {
  it('gives a key the bits of every set that holds it, and none of the others', () => {
    const a = numberWordSet(new Set(['zorvel', 'quint']));
    const b = numberWordSet(new Set(['quint']));
    const c = numberWordSet(new Set(['plimsy']));
    const quint = wordSetBits('quint');
    expect(inWordSet(quint, a)).toBe(true);
    expect(inWordSet(quint, b)).toBe(true);
    expect(inWordSet(quint, c)).toBe(false);
    expect(inWordSet(wordSetBits('zorvel'), b)).toBe(false);
  });

  it('has no bits for a key no set holds', () => {
    expect(wordSetBits('unheardofword')).toBeUndefined();
    expect(inWordSet(undefined, 0)).toBe(false);
  });

  it('numbers a word element by its list: the same list shares a number, another list has its own', () => {
    const [p, q] = [compilePattern('S:Person flumbered ?past|by O:City'), compilePattern('S:Person trundled past|by O:City')];
    const [r] = [compilePattern('S:Person trundled near O:City')];
    const setOf = (pattern: ReturnType<typeof compilePattern>, k: number) => (pattern.forward[k] as { set: number }).set;
    expect(setOf(p, 1)).toBe(setOf(q, 1));
    expect(setOf(r, 1)).not.toBe(setOf(q, 1));
    expect(inWordSet(wordSetBits('past'), setOf(q, 1))).toBe(true);
    expect(inWordSet(wordSetBits('near'), setOf(q, 1))).toBe(false);
  });
});
