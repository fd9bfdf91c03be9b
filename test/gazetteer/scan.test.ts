import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/gazetteer/fold.js';
import { BREAK_BEFORE, CAP, POSSESSIVE_TOKEN, SENTENCE_START, UPPER, nameKey, scanWords } from '../../src/gazetteer/scan.js';

describe('folding and scanning', () => {
  it('folds case, diacritics and transliteration apostrophes', () => {
    expect(foldWord('Durrës')).toBe('durres');
    expect(foldWord("Kramators'k")).toBe('kramatorsk');
    expect(foldWord('Kramators’k')).toBe('kramatorsk');
    expect(foldWord('Łódź')).toBe('lodz');
  });

  it('splits the possessive clitic off as its own token', () => {
    const w = scanWords('Kyiv’s mayor');
    expect(w.folded).toEqual(['kyiv', "'s", 'mayor']);
    expect(w.flags[1]! & POSSESSIVE_TOKEN).toBeTruthy();
    expect(nameKey("Donetsk People's Republic")).toBe("donetsk people 's republic");
  });

  it('joins words across hyphens and abbreviation periods, breaks at commas and full stops', () => {
    const w = scanWords('Rostov-on-Don, St. Petersburg. Moscow');
    expect(w.folded).toEqual(['rostov', 'on', 'don', 'st', 'petersburg', 'moscow']);
    expect(w.flags[1]! & BREAK_BEFORE).toBe(0);
    expect(w.flags[3]! & BREAK_BEFORE).toBeTruthy();
    expect(w.flags[4]! & BREAK_BEFORE).toBe(0);
    expect(w.flags[5]! & (BREAK_BEFORE | SENTENCE_START)).toBe(BREAK_BEFORE | SENTENCE_START);
  });

  it('records capitals and all-capital words', () => {
    const w = scanWords('the NATO summit in Vilnius');
    expect(w.flags[0]! & CAP).toBe(0);
    expect(w.flags[1]! & UPPER).toBeTruthy();
    expect(w.flags[4]! & CAP).toBeTruthy();
    expect(w.flags[4]! & UPPER).toBe(0);
  });
});

describe('transliteration folds', () => {
  it('makes romanization variants of one name meet', () => {
    expect(foldWord('Zaporizhzhia')).toBe(foldWord('Zaporizhia'));
    expect(scanWords('Avdiyivka').folded).toEqual(scanWords('Avdiivka').folded);
    expect(foldWord('Zaporizhzhia')).not.toBe(foldWord('Zaporozhye'));
  });
});
