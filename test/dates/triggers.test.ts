import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/model/document.js';
import { Trigger, spanTriggers, wordTriggers } from '../../src/dates/triggers.js';

/** A document whose tokens are exactly `words`, so spanTriggers takes the token path (with its shape filter). */
function tokenMask(word: string): number {
  const doc = createDoc({ id: 't', source: { path: '', relPath: 't', sha256: '' }, text: word });
  doc.tokens.push(0, word.length, word, 'word');
  return spanTriggers(doc, 0, word.length, 0, 1);
}

describe('trigger masks of tokens', () => {
  // Case, final dots, hyphens and look-alike words: the fast token path must agree with wordTriggers.
  const words = [
    'October', 'OCT.', 'oct', 'Sept.', 'May', 'MAY', 'mAY', 'Monday', 'mondays', 'years', 'Year', 'year-long',
    'mid-October', 'five-year', 'a.m.', 'P.M', "o'clock", 'UTC', 'Q3', 'q4', 'nineties', 'Christmas', 'twice',
    'today', 'Tonight', 'several', 'the', 'Ukraine', 'octopus', 'Mayor', 'weekday', 'wee\u212A', 'İstanbul',
    '2025', '10:30', "'90s", 'x', 'mid-', '-day',
  ];
  for (const w of words) {
    it(`"${w}"`, () => expect(tokenMask(w)).toBe(wordTriggers(w)));
  }

  it('finds month and unit words and rejects ordinary words', () => {
    expect(tokenMask('Oct.') & Trigger.month).toBeTruthy();
    expect(tokenMask('weeks') & Trigger.unit).toBeTruthy();
    expect(tokenMask('Ukraine')).toBe(0);
  });
});
