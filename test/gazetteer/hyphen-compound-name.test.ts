import { describe, expect, it } from 'vitest';
import { hyphenCompound } from '../../src/gazetteer/hyphen-compound-name.js';
import { scanWords } from '../../src/gazetteer/scan.js';
import { find, places } from './run.js';

// A GeoNames compound held whole ("Karolino-Bugaz", an alternate spelling of Karolino-Buhaz, Odesa Oblast) is one
// place's name wherever it stands; before, an alternate spelling of a small town needed a preposition, so in a list
// the context recognizers cut it at the hyphen (branch known12).
describe('a hyphenated compound held whole', () => {
  it('is a place without a preposition before it', async () => {
    const listed = await places('Officials visited Sarata and Karolino-Bugaz on Monday.');
    expect(find(listed, 'Karolino-Bugaz')?.ref?.id).toBe('geonames:687556');
    expect(find(await places('Officials visited Karolino-Bugaz on Monday.'), 'Karolino-Bugaz')).toBeDefined();
  });

  it('leaves two places of a hyphenated line, which no list holds whole, as they are', async () => {
    const line = await places('Troops held the Sarata-Karolino line on Monday.');
    expect(line.map((m) => m.text)).toEqual(['Sarata']);
  });

  it('is told by capitalized words joined by single hyphens only', () => {
    const shape = (text: string): boolean => {
      const words = scanWords(text, undefined, []);
      return hyphenCompound(text, words, { first: 0, end: words.count, key: 0 } as never);
    };
    expect(shape('Zorova-Balka')).toBe(true);
    expect(shape('Zorova-Mala-Balka')).toBe(true);
    expect(shape('Zorova Balka')).toBe(false);
    expect(shape('Rostov-on-Don')).toBe(false);
    expect(shape('Zorova')).toBe(false);
  });
});
