import type { Doc } from '../model/document.js';

/** A stretch of text the date rules run on: a sentence, or a paragraph when the tokenizer did not run. */
export interface Region {
  start: number;
  end: number;
  tokenStart?: number;
  tokenEnd?: number;
  lang: string;
  article: number;
}

/** The document's sentences as regions, falling back to paragraphs, then to the whole text. */
export function regionsOf(doc: Doc): Region[] {
  if (doc.sentences.length > 0) {
    return doc.sentences.map((s) => {
      const p = doc.paragraphs[s.paragraph];
      return { start: s.start, end: s.end, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, lang: p?.lang ?? doc.lang, article: p?.article ?? 0 };
    });
  }
  if (doc.paragraphs.length > 0) return doc.paragraphs.map((p) => ({ start: p.start, end: p.end, lang: p.lang, article: p.article }));
  return [{ start: 0, end: doc.text.length, lang: doc.lang, article: 0 }];
}

/** Languages the English rules run on: English, and text the language detector could not place. */
export const isEnglishLike = (lang: string): boolean => lang === 'en' || lang === 'und';
