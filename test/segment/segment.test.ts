import { describe, expect, it } from 'vitest';
import { prepare } from '../helpers/prepare.js';
import { detectLanguage } from '../../src/segment/language.js';
import { isHeadlineLine } from '../../src/segment/headline.js';

const FILE = [
  'Black Sea Grain Talks Resume in Istanbul',
  '',
  'Negotiators from Ankara and Kyiv met on Tuesday to discuss shipping. The talks lasted four hours.',
  '',
  'A second round is expected next week, officials said.',
  '',
  'Daily Front-Line Update, March 3, 2026',
  'Key Takeaways',
  '',
  'Russian forces attacked near Siversk.',
  '',
  'Les négociations reprendront la semaine prochaine à Genève, selon le ministère des Affaires étrangères.',
].join('\n');

describe('segment stage', () => {
  it('splits a multi-article file at headline lines and keeps sub-headings in their article', async () => {
    const doc = await prepare(FILE);
    expect(doc.articles.map((a) => a.headline?.text)).toEqual(['Black Sea Grain Talks Resume in Istanbul', 'Daily Front-Line Update, March 3, 2026']);
    const [first, second] = doc.articles;
    expect(FILE.slice(first!.start, first!.end)).toMatch(/^Black Sea.*officials said\.$/s);
    expect(FILE.slice(second!.start, second!.end)).toMatch(/^Daily Front-Line.*ministère des Affaires étrangères\.$/s);
    expect(doc.paragraphs.filter((p) => p.isHeadline).map((p) => FILE.slice(p.start, p.end))).toEqual([
      'Black Sea Grain Talks Resume in Istanbul',
      'Daily Front-Line Update, March 3, 2026',
      'Key Takeaways',
    ]);
  });

  it('labels each paragraph with its language', async () => {
    const doc = await prepare(FILE);
    expect(doc.paragraphs.map((p) => p.lang)).toEqual(['en', 'en', 'en', 'en', 'en', 'en', 'fr']);
    expect(doc.lang).toBe('en');
  });

  it('skips markdown front matter and treats # headings as headlines', async () => {
    const doc = await prepare('---\ntitle: T\n---\n# Ceasefire Holds\nThe ceasefire held overnight.\n\nMore talks are planned.');
    expect(doc.paragraphs[0]!.start).toBeGreaterThan(10);
    expect(doc.articles[0]!.headline?.text).toBe('Ceasefire Holds');
    expect(doc.paragraphs.map((p) => p.isHeadline)).toEqual([true, false, false]);
  });

  it('treats a single-paragraph document as one article without headline', async () => {
    const doc = await prepare('Kyiv said on Monday that talks would continue.');
    expect(doc.articles).toEqual([{ start: 0, end: 46 }]);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['The delegation arrived in the capital on Monday and was received by the minister.', 'en'],
    ["La délégation est arrivée dans la capitale lundi et a été reçue par le ministre.", 'fr'],
    ['Die Delegation ist am Montag in der Hauptstadt eingetroffen und wurde von dem Minister empfangen.', 'de'],
    ['La delegación llegó a la capital el lunes y fue recibida por el ministro de Defensa.', 'es'],
    ['Делегация прибыла в столицу в понедельник.', 'ru'],
    ['Kharkiv', 'und'],
    // Elided French articles count as their article, with either apostrophe; English clitics do not.
    ['L’offensive d’hiver s’est arrêtée à l’est', 'fr'],
    ["L'offensive d'hiver s'est arrêtée à l'est", 'fr'],
    ["Ukraine's army said it wasn't over", 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('isHeadlineLine', () => {
  it.each([
    ['Albania Emerges as a Hub for Shadow Tankers', true],
    ['Ceasefire talks stall again', true],
    ['Weekly Assessment, January 9, 2026', true],
    ['The talks stalled again on Monday.', false],
    ['Officials in Kyiv said the convoy was delayed, and the talks were postponed until further notice.', false],
  ])('%s → %s', (line, expected) => {
    expect(isHeadlineLine(line)).toBe(expected);
  });
});
