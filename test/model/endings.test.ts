import { describe, expect, it } from 'vitest';
import { endingTest } from '../../src/model/endings.js';

/** The expression the test stands for: one of the endings at the end of the word. */
const asExpression = (endings: readonly string[]): RegExp => new RegExp(`(?:${endings.join('|')})$`);

describe('endingTest', () => {
  const endings = ['enko', 'nko', 'sky', 'ov', 'ova', 'ich', 'vich', 'dze', 'a'];
  const words = ['belkenko', 'ostrovnko', 'dubnosky', 'Dubnosky', 'ostrov', 'ostrova', 'ostrovo', 'kravich', 'ich', 'vich', 'dze', 'dz', 'a', '', 'belka', 'belkA', 'sky ', 'ostrov\u0301', 'nko1', 'zz'];

  it('answers as the expression of the same endings, case and all', () => {
    const ends = endingTest(endings);
    const re = asExpression(endings);
    for (const w of words) expect(ends(w), w).toBe(re.test(w));
  });

  it('answers as the expression on every short string over the endings\' letters', () => {
    const ends = endingTest(endings);
    const re = asExpression(endings);
    const letters = ['a', 'e', 'k', 'n', 'o', 's', 'v', 'y', 'i', 'c', 'h', 'd', 'z', 'A'];
    let strings = [''];
    for (let length = 1; length <= 4; length++) {
      strings = strings.flatMap((s) => letters.map((c) => s + c));
      for (const w of strings) if (ends(w) !== re.test(w)) expect(ends(w), w).toBe(re.test(w));
    }
  });

  it('holds nothing without endings, everything with an empty one', () => {
    expect(endingTest([])('ostrov')).toBe(false);
    expect(endingTest(['', 'ov'])('dubno')).toBe(true);
  });
});
