import { describe, expect, it } from 'vitest';
import { endsWithWord, isRegExpSpace, lastWords } from '../../src/relations/text-cues.js';

/** text-cues.ts endsWithWord: the pre-test of the expressions read right before a place ("… bank of the "). */
describe('the last word before a place (text-cues.ts endsWithWord)', () => {
  const OF = lastWords(['of']);
  const NEAR = lastWords(['near', 'on', 'along', 'by']);

  it('tells whitespace as a regular expression\'s \\s does, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isRegExpSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('finds the word, in any case and after "the"', () => {
    const cases: Array<[string, typeof OF]> = [
      ['positions on the east bank of ', OF],
      ['both located northeast OF the ', OF],
      ['all south of\u00a0', OF],
      ['fired from near\n', NEAR],
      ['repelled them ON THE\u2009', NEAR],
    ];
    for (const [text, words] of cases) expect(endsWithWord(text, text.length, words), JSON.stringify(text)).toBe(true);
  });

  it('finds no word that only ends in one, none before a place glued to it, none after a doubled "the"', () => {
    for (const text of ['the proof ', 'bank of', 'bank of "', 'of the the ', 'the ', 'east-of ', '']) {
      expect(endsWithWord(text, text.length, OF), JSON.stringify(text)).toBe(false);
    }
  });

  it('is true wherever an expression ending in "\\s+W\\s+(?:the\\s+)?$" matches, over generated stretches', () => {
    const pieces = ['of', 'OF', 'Of', 'the', 'THE', 'near', 'by', 'x', 'proof', 'bank', ',', '-'];
    const spaces = ['', ' ', '  ', '\u00a0', '\n', '\u2009 '];
    const shape = new RegExp(String.raw`(?:^|\s)(?:of)\s+(?:the\s+)?$`, 'i');
    const near = new RegExp(String.raw`(?:^|\s)(?:near|on|along|by)\s+(?:the\s+)?$`, 'i');
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let matched = 0;
    for (let k = 0; k < 20_000; k++) {
      let text = '';
      for (let j = 0, n = 1 + next(5); j < n; j++) text += pieces[next(pieces.length)]! + spaces[next(spaces.length)]!;
      expect(endsWithWord(text, text.length, OF), JSON.stringify(text)).toBe(shape.test(text));
      expect(endsWithWord(text, text.length, NEAR), JSON.stringify(text)).toBe(near.test(text));
      if (shape.test(text)) matched++;
    }
    expect(matched).toBeGreaterThan(500);
  });
});
