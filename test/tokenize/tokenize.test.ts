import { describe, expect, it } from 'vitest';
import { prepare } from '../helpers/prepare.js';

describe('tokenize stage', () => {
  it('keeps exact character offsets, also after emoji and accented letters', async () => {
    const text = '🔥 Strikes hit Durrës’s port. 🇺🇦 Officials in Zaporizhzhia said two drones were downed.';
    const doc = await prepare(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toContain('Zaporizhzhia');
    expect(doc.tokens.some((t) => t.text === 'Durrës')).toBe(true);
  });

  it('keeps exact offsets across line breaks inside a hard-wrapped paragraph', async () => {
    const text = 'The convoy left Kharkiv\nat dawn and reached Izium\nby noon , officials said.\n\nA second convoy followed.';
    const doc = await prepare(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Kharkiv', 'at', 'Izium', 'by', 'noon', 'second']));
    expect(doc.tokens.some((t) => t.text.trim() === '')).toBe(false);
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
      expect(doc.tokens[s.tokenStart]!.start).toBe(s.start);
      expect(doc.tokens[s.tokenEnd - 1]!.end).toBe(s.end);
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
    expect(doc.tokens.find((t) => t.text === 'seized')?.pos).toBe('VERB');
  });
});
