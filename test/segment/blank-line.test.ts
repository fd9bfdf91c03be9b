import { describe, expect, it } from 'vitest';
import { nextBlankLine } from '../../src/segment/blocks.js';

/** The expression nextBlankLine stands for, from `from`. */
function byExpression(text: string, from: number): { start: number; end: number } {
  const re = /\n[ \t\u00A0]*\n/g;
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : { start: -1, end: -1 };
}

describe('nextBlankLine', () => {
  it('finds what the blank-line expression finds, from every offset', () => {
    const texts = [
      'Ostrova fell.\n\nBelka held.',
      'Ostrova fell.\n \t\u00a0\nBelka held.\n\n\nDubno.',
      'One\nline\nafter\nanother',
      '\n\n',
      '\n \n \n',
      'a\n \u2003\nb',
      'tail\n  ',
      '',
      'x\r\n\r\ny\n\t\n',
    ];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) expect(nextBlankLine(text, from), JSON.stringify([text, from])).toEqual(byExpression(text, from));
    }
  });
});
