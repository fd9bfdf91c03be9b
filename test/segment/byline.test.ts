import { describe, expect, it } from 'vitest';
import { prepare } from '../helpers/prepare.js';
import { isBylineLine } from '../../src/segment/byline.js';
import { isHeadlineLine } from '../../src/segment/headline.js';

describe('author lines (bylines)', () => {
  it('knows names joined by commas and "and", with or without "By"', () => {
    for (const line of [
      'Marta Kowalczyk, Dmitri A. Orlov, and Jonathan P. Whitfield Jr.',
      'Priya Raman and Lee Min-jun',
      'By Siobhan McArdle',
      'Written by Omar al-Khatib & Hanna de Vries',
      "Carla O'Neill, Tomas van der Berg, Ingrid Solheim",
    ]) {
      expect(isHeadlineLine(line), line).toBe(true); // the shape a headline has: why the check is needed
      expect(isBylineLine(line), line).toBe(true);
    }
  });

  it('does not take a headline for one', () => {
    for (const line of [
      'Black Sea Grain Talks Resume in Istanbul',
      'Talks Resume, Troops Withdraw',
      'Marta Kowalczyk Visits Warsaw',
      'Russia, Ukraine and Belarus',
      'Daily Front-Line Update, March 3, 2026',
      'Key Takeaways',
      'NATO and EU Leaders Meet',
      'Siobhan McArdle',
    ]) {
      expect(isBylineLine(line), line).toBe(false);
    }
  });

  it('records no author line as a headline; an article that opens with one takes the next headline', async () => {
    const text = [
      'Marta Kowalczyk, Dmitri A. Orlov, and Jonathan P. Whitfield',
      'Grain Corridor Assessment, May 4, 2031',
      '',
      'Negotiators from Ankara and Kyiv met on Tuesday to discuss shipping. The talks lasted four hours.',
      '',
      'Harbor Cranes Return to Odesa',
      '',
      'By Priya Raman',
      '',
      'Two cranes were delivered on Friday, port officials said.',
    ].join('\n');
    const doc = await prepare(text);
    expect(doc.articles.map((a) => a.headline?.text)).toEqual(['Grain Corridor Assessment, May 4, 2031', 'Harbor Cranes Return to Odesa']);
    expect(doc.articles[0]!.start).toBe(0);
    expect(doc.paragraphs.filter((p) => p.isHeadline).map((p) => text.slice(p.start, p.end))).toEqual([
      'Grain Corridor Assessment, May 4, 2031',
      'Harbor Cranes Return to Odesa',
    ]);
    // The byline of the second article stays in it.
    const second = doc.articles[1]!;
    expect(text.slice(second.start, second.end)).toMatch(/^Harbor Cranes.*By Priya Raman.*officials said\.$/s);
  });

  it('leaves an article without a headline when only an author line precedes its text', async () => {
    const text = ['Priya Raman and Lee Min-jun', 'May 4, 7:00 pm ET', 'Russian forces attacked near Siversk on Monday, the general staff said.'].join('\n');
    const doc = await prepare(text);
    expect(doc.articles.every((a) => a.headline === undefined)).toBe(true);
  });
});
