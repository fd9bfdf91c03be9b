import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import { cueBetween } from '../../src/relations/text-cues.js';

/** cueBetween keeps its last lower-cased stretch (text-cues.ts lowerSpan): the kept one serves only the same text and offsets. */
describe('cueBetween\'s kept stretch', () => {
  const doc = (text: string) => ({ text }) as Doc;

  it('answers from the stretch asked, again for the same stretch', () => {
    const d = doc('Units PUSHED the column back toward Orbino.');
    expect(cueBetween(d, ['pushed'], 0, 20)).toBe(true);
    expect(cueBetween(d, ['back'], 0, 20)).toBe(false);
    expect(cueBetween(d, ['pushed'], 0, 20)).toBe(true);
  });

  it('does not answer from the kept stretch for other offsets or another text', () => {
    const d = doc('Units PUSHED the column back toward Orbino.');
    expect(cueBetween(d, ['pushed'], 0, 20)).toBe(true);
    expect(cueBetween(d, ['pushed'], 13, 40)).toBe(false);
    expect(cueBetween(d, ['back'], 13, 40)).toBe(true);
    // Same offsets, another text of the same length.
    const other = doc('Units HALTED the column west of the Orbino.');
    expect(cueBetween(d, ['pushed'], 0, 20)).toBe(true);
    expect(cueBetween(other, ['pushed'], 0, 20)).toBe(false);
    expect(cueBetween(other, ['halted'], 0, 20)).toBe(true);
  });
});
