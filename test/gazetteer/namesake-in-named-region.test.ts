import { describe, expect, it } from 'vitest';
import { ParagraphRegions } from '../../src/gazetteer/document-regions.js';
import type { Paragraph } from '../../src/model/document.js';
import { find, places } from './run.js';

/** Terny: a town of Sumy Oblast (most likely, by population) and a village of Donetsk Oblast. */
const SUMY_TERNY = 'geonames:691606';
const DONETSK_TERNY = 'geonames:691608';

describe('a namesake in the region named nearest to it in its paragraph', () => {
  it('wins over the most likely namesake elsewhere', async () => {
    const ms = await places('Fighting went on across Donetsk Oblast, and troops entered Terny by evening.');
    expect(find(ms, 'Terny')?.ref?.id).toBe(DONETSK_TERNY);
    expect(find(ms, 'Terny')?.ref?.within).toBe('subdivision:UA-14');
  });

  it('is the namesake of the nearest region, not of any region the paragraph names', async () => {
    const nearSumy = await places('Shelling hit Sumy Oblast near Terny all week, while Donetsk Oblast stayed quiet.');
    expect(find(nearSumy, 'Terny')?.ref?.id).toBe(SUMY_TERNY);
    const nearDonetsk = await places('Shelling hit Donetsk Oblast near Terny all week, while Sumy Oblast stayed quiet.');
    expect(find(nearDonetsk, 'Terny')?.ref?.id).toBe(DONETSK_TERNY);
  });

  it('leaves the most likely namesake when no region is named in the paragraph', async () => {
    expect(find(await places('Troops entered Terny on Monday.'), 'Terny')?.ref?.id).toBe(SUMY_TERNY);
    const otherParagraph = await places('Fighting went on across Donetsk Oblast.\n\nTroops entered Terny on Monday.');
    expect(find(otherParagraph, 'Terny')?.ref?.id).toBe(SUMY_TERNY);
  });

  it('leaves a town of 10,000 people or more by its own name', async () => {
    // Lyman: a town of Donetsk Oblast (20,000) and a village of Kharkiv Oblast.
    const ms = await places('Shelling hit Kharkiv Oblast and the outskirts of Lyman overnight.');
    expect(find(ms, 'Lyman')?.ref?.within).toBe('subdivision:UA-14');
  });

  it('does not decide whether the name is a place', async () => {
    expect(find(await places('Donetsk Oblast officials said terny roads were closed.'), 'terny')).toBeUndefined();
  });
});

describe('ParagraphRegions', () => {
  const paragraphs = [
    { start: 0, end: 100 },
    { start: 101, end: 200 },
  ] as Paragraph[];

  it('answers the region named nearest to an offset inside its paragraph', () => {
    // Namings at 10…20, 60…70 and 150…160.
    const regions = new ParagraphRegions(paragraphs, [10, 60, 150], [20, 70, 160], [7, 8, 9]);
    expect(regions.nearest(25, 30)).toBe(7);
    expect(regions.nearest(45, 50)).toBe(8);
    // The naming at the offset asked about is that name itself.
    expect(regions.nearest(60, 70)).toBe(7);
    expect(regions.nearest(120, 125)).toBe(9);
  });

  it('answers none when the paragraph names no region', () => {
    const regions = new ParagraphRegions(paragraphs, [10], [20], [7]);
    expect(regions.nearest(150, 155)).toBe(0);
    expect(new ParagraphRegions(paragraphs, [], [], []).nearest(5, 9)).toBe(0);
  });
});
