import { describe, expect, it } from 'vitest';
import { ParagraphRegions } from '../../src/gazetteer/document-regions.js';
import type { Paragraph } from '../../src/model/document.js';
import { growthRatio, LINEAR_BOUND } from '../helpers/growth.js';

/** The namesake choice asks for the region nearest to every gazetteer name: that must not scan the document. */
describe('ParagraphRegions on a long document', () => {
  const build = (paragraphCount: number) => {
    const paragraphs: Paragraph[] = [];
    const at: number[] = [];
    const ends: number[] = [];
    const regions: number[] = [];
    for (let p = 0; p < paragraphCount; p++) {
      const start = p * 1000;
      paragraphs.push({ start, end: start + 900 } as Paragraph);
      for (const offset of [100, 400, 700]) {
        at.push(start + offset);
        ends.push(start + offset + 10);
        regions.push(1 + (p % 20));
      }
    }
    return { paragraphs, at, ends, regions };
  };

  it('answers every name of the document in time linear in its size (4× the paragraphs, well under 16× the time)', () => {
    const ratio = growthRatio((scale) => {
      const { paragraphs, at, ends, regions } = build(20_000 * scale);
      return () => {
        const nearest = new ParagraphRegions(paragraphs, at, ends, regions);
        let sum = 0;
        for (let p = 0; p < paragraphs.length; p++) for (const offset of [50, 250, 550, 850]) sum += nearest.nearest(p * 1000 + offset, p * 1000 + offset + 8);
        return sum;
      };
    });
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
});
