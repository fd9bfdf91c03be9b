import { describe, expect, it } from 'vitest';
import { prepare } from '../helpers/prepare.js';
import { TokenTable } from '../../src/model/token-table.js';

describe('tokenize stage', () => {
  it('keeps exact character offsets, also after emoji and accented letters', async () => {
    const text = '🔥 Strikes hit Durrës’s port. 🇺🇦 Officials in Zaporizhzhia said two drones were downed.';
    const doc = await prepare(text);
    for (const t of doc.tokens.toArray()) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.toArray().map((t) => t.text)).toContain('Zaporizhzhia');
    expect(doc.tokens.toArray().some((t) => t.text === 'Durrës')).toBe(true);
  });

  it('keeps exact offsets across line breaks inside a hard-wrapped paragraph', async () => {
    const text = 'The convoy left Kharkiv\nat dawn and reached Izium\nby noon , officials said.\n\nA second convoy followed.';
    const doc = await prepare(text);
    for (const t of doc.tokens.toArray()) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.toArray().map((t) => t.text)).toEqual(expect.arrayContaining(['Kharkiv', 'at', 'Izium', 'by', 'noon', 'second']));
    expect(doc.tokens.toArray().some((t) => t.text.trim() === '')).toBe(false);
  });

  it('cuts sentences, and every sentence lies inside its paragraph', async () => {
    const text = 'Gen. Ivan Petrov arrived in Minsk on Monday. He met officials.\n\nTalks resume today.';
    const doc = await prepare(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Gen. Ivan Petrov arrived in Minsk on Monday.',
      'He met officials.',
      'Talks resume today.',
    ]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    for (const s of doc.sentences) {
      expect(doc.tokens.start[s.tokenStart]).toBe(s.start);
      expect(doc.tokens.end[s.tokenEnd - 1]).toBe(s.end);
    }
  });

  it('never lets a sentence run from a headline into the paragraph under it', async () => {
    const text = 'Talks Resume In Geneva\nOfficials met in Geneva on Monday. They agreed to meet again.';
    const doc = await prepare(text);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences.map((s) => [text.slice(s.start, s.end), s.paragraph])).toEqual([
      ['Talks Resume In Geneva', 0],
      ['Officials met in Geneva on Monday.', 1],
      ['They agreed to meet again.', 1],
    ]);
  });

  it('keeps footnote markers with the sentence they close', async () => {
    const text = 'Russian forces attacked near the town.[4] Ukrainian forces repelled them.[5]';
    const doc = await prepare(text);
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Russian forces attacked near the town.[4]',
      'Ukrainian forces repelled them.[5]',
    ]);
  });

  it('tags parts of speech', async () => {
    const doc = await prepare('The brigade seized the village.');
    expect(doc.tokens.toArray().find((t) => t.text === 'seized')?.pos).toBe('VERB');
  });
});

describe('token table', () => {
  it('grows past its capacity and reads back every token as an object', () => {
    const table = new TokenTable(1, true);
    for (let i = 0; i < 40; i++) table.push(i * 3, i * 3 + 2, `w${i}`, i % 2 ? 'punctuation' : 'word', 'X');
    expect(table).toHaveLength(40);
    expect(table.at(39)).toEqual({ start: 117, end: 119, text: 'w39', kind: 'punctuation', pos: 'X' });
    expect(table.toArray().map((t) => t.start)).toEqual(Array.from({ length: 40 }, (_, i) => i * 3));
    expect(() => table.at(40)).toThrow(RangeError);
  });
});
