import { describe, expect, it } from 'vitest';
import { compilePattern, type Element } from '../../src/relations/pattern.js';
import { NeedTable, numberNeeds } from '../../src/relations/requirements.js';
import { WordSets } from '../../src/relations/word-set-bits.js';

/**
 * Elements that write the same list of words share one set of keys (WordSets.of, word-set-bits.ts), and NeedTable
 * numbers a set it has seen without sorting it again: both only save compiling time, so lists that differ must
 * still get their own keys and numbers.
 */
const wordsOf = (e: Element | undefined): ReadonlySet<string> => {
  if (e?.kind !== 'word') throw new Error('not a word element');
  return e.words;
};

describe('word lists keyed once per text (pattern.ts, requirements.ts)', () => {
  it('gives two patterns writing the same list one set, keyed as before', () => {
    const sets = new WordSets();
    const a = compilePattern('S:Person Toured|VISITED|stopped O:City', sets);
    const b = compilePattern('S:Org ?quietly Toured|VISITED|stopped O:Country', sets);
    expect(wordsOf(a.forward[0])).toBe(wordsOf(b.forward[0]));
    expect([...wordsOf(a.forward[0])]).toEqual(['toured', 'visited', 'stopped']);
    expect(a.anchorKeys).toEqual(['toured', 'visited', 'stopped']);
  });

  it('shares the stop words of gaps written alike, and not those written otherwise', () => {
    const sets = new WordSets();
    const gapOf = (p: string) => compilePattern(p, sets).forward.find((e) => e.kind === 'gap') as { stops?: ReadonlySet<string> };
    const one = gapOf('S:Person met *3[but|Although] O:Person');
    const two = gapOf('S:Org met *3[but|Although] O:Org');
    const other = gapOf('S:Org met *3[but|though] O:Org');
    expect(one.stops).toBe(two.stops);
    expect([...one.stops!]).toEqual(['but', 'although']);
    expect(other.stops).not.toBe(one.stops);
    expect([...other.stops!]).toEqual(['but', 'though']);
  });

  it('keeps a list that differs in one word a set of its own with a need number of its own', () => {
    const sets = new WordSets();
    const a = compilePattern('S:Person met with O:Person', sets);
    const b = compilePattern('S:Person met alongside O:Person', sets);
    const table = new NeedTable();
    const na = numberNeeds(table, a.needs).numbers;
    const nb = numberNeeds(table, b.needs).numbers;
    expect(wordsOf(a.forward[1])).not.toBe(wordsOf(b.forward[1]));
    expect(na[0]).not.toBe(nb[0]);
  });

  it('numbers the same words written in another order as one need, whether their set was seen or not', () => {
    const table = new NeedTable();
    const sets = new WordSets();
    const first = numberNeeds(table, compilePattern('S:Person met with|beside O:Person', sets).needs).numbers[0];
    const again = numberNeeds(table, compilePattern('S:Org met with|beside O:Org', sets).needs).numbers[0];
    const reordered = numberNeeds(table, compilePattern('S:Person met beside|with O:Person', sets).needs).numbers[0];
    expect(again).toBe(first);
    expect(reordered).toBe(first);
    expect(table.ofWord.get('with')).toEqual([first]);
    expect(table.ofWord.get('beside')).toEqual([first]);
  });
});
