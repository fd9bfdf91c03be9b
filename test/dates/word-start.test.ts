import { describe, expect, it } from 'vitest';
import { startsWithWordChar } from '../../src/dates/word-start.js';
import { compile } from '../../src/dates/rule.js';
import { ruleFamilies } from '../../src/dates/families.js';

/** compile() puts `\b` before a pattern whose matches all begin with a word character (word-start.ts). */
describe('word-start patterns (word-start.ts)', () => {
  it('knows patterns that begin with letters, digits, word classes and optional word prefixes', () => {
    expect(startsWithWordChar('(?:the\\s+)?(?<n>fortnight|sennight)')).toBe(true);
    expect(startsWithWordChar('(?<=foo\\s)(?<d>[12]\\d|3[01]|0?[1-9])')).toBe(true);
    expect(startsWithWordChar('(?:[a-z]{2,}|\\d+)\\s+moons?')).toBe(true);
    expect(startsWithWordChar('\\b(?:x|y)z')).toBe(true);
  });

  it('refuses a possible non-word start, an empty match, or syntax it does not read', () => {
    expect(startsWithWordChar("(?:the\\s+)?(?:\\d0s|['’]\\d0s)")).toBe(false);
    expect(startsWithWordChar('(?:spring)?')).toBe(false);
    expect(startsWithWordChar('[\\s-]*week')).toBe(false);
    expect(startsWithWordChar('.week')).toBe(false);
    expect(startsWithWordChar('[^a]week')).toBe(false);
    expect(startsWithWordChar('(?:a|)b')).toBe(true);
    expect(startsWithWordChar('(?:a|)')).toBe(false);
    expect(startsWithWordChar('(?<x>a)\\k<x>|\\.5')).toBe(false);
    expect(startsWithWordChar('[a-]b')).toBe(false);
    expect(startsWithWordChar('[!-z]b')).toBe(false);
  });

  it('gives the bounded pattern only where it holds, and the same matches as without it', () => {
    expect(compile('(?:the\\s+)?dusk').source.startsWith('\\b')).toBe(true);
    expect(compile("['’]\\d0s").source.startsWith('\\b')).toBe(false);
    const sentences = [
      "On Tuesday, the 3rd of Febuary-ish 1999 and 4 March 2031 the crew left; by the '80s and the 1970s, Q2 of next year.",
      'From 12/05/2030 to 2031-04-07, every other week, twice a day, for three decades (since mid-2020).',
      'Last spring, around 5 p.m. Friday, the day before yesterday, the 21st century, x2024 and 2024x.',
    ];
    for (const rule of Object.values(ruleFamilies).flat()) {
      const bounded = rule.pattern;
      const plain = new RegExp(bounded.source.replace(/^\\b/, ''), bounded.flags);
      for (const text of sentences) expect([...text.matchAll(bounded)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(plain)].map((m) => [m.index, m[0]]));
    }
  });
});
