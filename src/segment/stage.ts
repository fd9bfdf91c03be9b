import type { Article, Doc, Paragraph } from '../model/document.js';
import type { StageFactory } from '../stage/stage.js';
import { checkOptionKeys, optionBoolean } from '../stage/options.js';
import { readFrontMatter } from '../read/front-matter.js';
import { splitBlocks } from './blocks.js';
import { isBylineLine } from './byline.js';
import { headlineText, isHeadlineLine } from './headline.js';
import { detectLanguage } from './language.js';
import { ParagraphRecord } from '../model/records.js';
import { mapPacked } from '../model/packed-list.js';

/**
 * Segments a document into articles and paragraphs and labels each paragraph's language.
 *
 * Paragraphs are blocks separated by blank lines. A headline line starts a new article (its span runs to
 * the next article's headline); a headline right after another headline is a sub-heading of the same
 * article ("Daily Assessment, March 3" then "Key Takeaways"). An author line ("By Jane Doe", "Ana Ruiz and Tomas
 * Berg") is never a headline (byline.ts): it stays a paragraph of its article, and an article that opens
 * with one takes the headline line after it as its headline. Sentences are cut by the tokenize stage,
 * which runs wink-nlp's sentence boundary detection together with tokenization.
 */
export const segmentStage: StageFactory = (options) => {
  checkOptionKeys(options, 'segment', ['headlines']);
  const detectHeadlines = optionBoolean(options, 'headlines', 'segment', true);
  return {
    name: 'segment',
    run(doc: Doc) {
      const bodyStart = readFrontMatter(doc.text)?.bodyStart ?? 0;
      const blocks = splitBlocks(doc.text, bodyStart);
      const articles: Article[] = [];
      const paragraphs: Paragraph[] = [];
      let previousWasHeadline = false;
      /** The last article holds only author lines so far: the next headline is its own. */
      let bylinesOnly = false;
      for (const block of blocks) {
        const line = doc.text.slice(block.start, block.end);
        const candidate = detectHeadlines && block.singleLine && !block.lineOfRun && blocks.length > 1 && isHeadlineLine(line);
        const byline = candidate && isBylineLine(line);
        const headline = candidate && !byline;
        if (headline && !previousWasHeadline) {
          const { offset, text } = headlineText(line);
          const title = { start: block.start + offset, end: block.end, text };
          if (bylinesOnly) articles.at(-1)!.headline = title;
          else articles.push({ start: block.start, end: block.end, headline: title });
        } else if (articles.length === 0) {
          articles.push({ start: block.start, end: block.end });
          bylinesOnly = byline;
        }
        if (!byline) bylinesOnly = false;
        const article = articles.length - 1;
        articles[article]!.end = block.end;
        paragraphs.push(new ParagraphRecord(block.start, block.end, article, detectLanguage(line), headline));
        // An author line under a headline leaves a sub-heading after it a sub-heading.
        previousWasHeadline = headline || (byline && previousWasHeadline);
      }
      inheritLanguageOfShortParagraphs(paragraphs);
      doc.articles = articles;
      doc.paragraphs = paragraphs;
      doc.lang = dominantLanguage(doc, paragraphs);
    },
  };
};

/**
 * Headlines and one-line paragraphs are often too short to tell. A headline takes the language of the
 * paragraph that follows it in its article, a short body paragraph that of the one before it.
 */
function inheritLanguageOfShortParagraphs(paragraphs: Paragraph[]): void {
  const known = paragraphs.map((p) => p.lang);
  paragraphs.forEach((p, i) => {
    if (p.lang !== 'und') return;
    const sameArticle = (j: number): boolean => paragraphs[j]?.article === p.article && known[j] !== 'und';
    const order = p.isHeadline ? [1, 2, 3, -1] : [-1, -2, 1, 2];
    const j = mapPacked(order, (d) => i + d).find(sameArticle);
    if (j !== undefined) p.lang = known[j]!;
  });
}

function dominantLanguage(doc: Doc, paragraphs: Paragraph[]): string {
  const chars = new Map<string, number>();
  for (const p of paragraphs) chars.set(p.lang, (chars.get(p.lang) ?? 0) + p.end - p.start);
  let best = 'und';
  let bestChars = -1;
  for (const [lang, n] of [...chars].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (lang !== 'und' && n > bestChars) [best, bestChars] = [lang, n];
  }
  return doc.text.length > 0 && bestChars < 0 ? 'und' : best;
}
