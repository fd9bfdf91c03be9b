import { describe, expect, it } from 'vitest';
import { memoByText } from '../../src/model/text-memo.js';
import { compileTitleLexicon } from '../../src/relations/title-lexicon.js';

describe('memoByText', () => {
  it('answers as the function, asking it once per text, undefined answers too', () => {
    const asked: string[] = [];
    const fn = (text: string): string | undefined => {
      asked.push(text);
      return text.startsWith('Mayor') ? text.toUpperCase() : undefined;
    };
    const memo = memoByText(fn, 100);
    const texts = ['Mayor of Ostrova', 'deputy head', 'Mayor of Ostrova', 'deputy head', 'Mayor of Belka'];
    for (const t of texts) expect(memo(t)).toBe(fn(t));
    asked.length = 0;
    for (const t of texts) memo(t);
    expect(asked).toEqual([]);
  });

  it('starts afresh past its limit and still answers as the function', () => {
    let calls = 0;
    const memo = memoByText((text: string) => (calls++, text.length), 2);
    for (const t of ['a', 'bb', 'ccc', 'a', 'bb', 'ccc']) expect(memo(t)).toBe(t.length);
    expect(calls).toBeGreaterThan(3);
  });

  it('leaves the title questions answering alike, remembered or not', () => {
    const titles = compileTitleLexicon();
    const roles = ['Mayor', 'Freedonian Defense Minister', 'deputy head of the Ostrova district administration', 'President', 'military expert and parliamentarian', 'Commander', 'spokesperson'];
    for (const role of [...roles, ...roles]) {
      // A lexicon of its own per question: nothing remembered yet.
      const fresh = compileTitleLexicon();
      expect(titles.classifyText(role)).toBe(fresh.classify(role.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []));
      expect([titles.isLocalOffice(role), titles.leadsCountry(role), titles.isPrivateCalling(role)]).toEqual([fresh.isLocalOffice(role), fresh.leadsCountry(role), fresh.isPrivateCalling(role)]);
    }
  });
});
