import { describe, expect, it } from 'vitest';
import { compromiseRecognizer } from '../../src/recognize/recognizers/compromise.js';
import { named, recognizeWith } from './run.js';

describe('compromise', () => {
  it('proposes trimmed names at priority 30 with offsets that point at the text', async () => {
    const text = 'In Warsaw, President Andrzej Nowak’s aide met reporters on Tuesday.';
    const ms = await recognizeWith(compromiseRecognizer, text);
    expect(ms.length).toBeGreaterThan(0);
    for (const m of ms) {
      expect(m.priority).toBe(30);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).not.toMatch(/^[\s,.’'"]|[\s,.’'"]$|’s$|^President /);
    }
    expect(ms.some((m) => m.type === 'Place' && m.text === 'Warsaw')).toBe(true);
  });

  it('in vote mode only raises the confidence of candidates it agrees with', async () => {
    const text = 'Officials in Warsaw and Lodz were briefed.';
    const weak = named(text, 'Warsaw', 'Place', { confidence: 0.4, priority: 50 });
    const other = named(text, 'Officials', 'Organization', { confidence: 0.4 });
    const ms = await recognizeWith(compromiseRecognizer, text, () => [weak, other], { mode: 'vote' });
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ text: 'Warsaw', priority: 50, recognizer: 'compromise' });
    expect(ms[0]!.confidence).toBeCloseTo(0.55);
  });

  it('refuses an unknown mode', async () => {
    await expect(recognizeWith(compromiseRecognizer, 'x', undefined, { mode: 'guess' })).rejects.toThrow(/mode/);
  });
});
