import type { Article, Doc } from '../model/document.js';
import { parseIsoDate, type Ymd } from './calendar.js';
import { dayValue } from './timex.js';
import { anchorOfValue } from './anchoring.js';
import { isoDate, writtenDate } from './rules/calendar.js';
import type { DateRule } from './rule.js';
import { fileNameDate } from './file-name-date.js';
import { mapPacked } from '../model/packed-list.js';

/**
 * A document's or article's own date, when its metadata gives none: a full date in the headline
 * ("Russian Offensive Campaign Assessment, November 14, 2025") or in a dateline at the top of the body
 * ("KYIV, Ukraine, Nov. 14, 2025 —", or a line holding only a date).
 */

const FULL_DATE_RULES: readonly DateRule[] = [writtenDate, isoDate];
/** How far into an article's body a dateline may sit, and how many lines it may span. */
const DATELINE_CHARS = 300;
const DATELINE_LINES = 3;
/**
 * What may come before the date on a dateline line: capitalized place words, an agency in parentheses,
 * separators, and labels like "Published:".
 */
const DATELINE_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|\([^)]{1,30}\)|[—–|:-]|(?:Published|Updated|Posted|Dated|Date|By):?),?$/u;
const MAX_DATELINE_WORDS = 8;

function isDatelinePrefix(before: string): boolean {
  const words = before.trim().split(/\s+/).filter((w) => w !== '');
  return words.length <= MAX_DATELINE_WORDS && words.every((w) => DATELINE_WORD.test(w));
}

/** First day-precise date in `text` that `accept` allows; a date without a year takes the year nearest `ref`. */
function firstDay(text: string, ref: Ymd | undefined, accept: (before: string, after: string) => boolean): Ymd | undefined {
  // A day-precise date holds a digit (the day); most lines have none, and the patterns are costly.
  if (!hasDigit(text)) return undefined;
  let best: { index: number; day: Ymd } | undefined;
  for (const rule of FULL_DATE_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (rule.accept && !rule.accept(m)) continue;
      const value = rule.resolve(m, { tense: 'unknown', ...(ref ? { ref } : {}) })?.value;
      const anchor = value === undefined ? undefined : anchorOfValue(value);
      const day = anchor?.unit === 'day' ? anchor.day : undefined;
      if (!day || !accept(text.slice(0, m.index), text.slice(m.index + m[0].length))) continue;
      if (!best || m.index < best.index) best = { index: m.index, day };
      break;
    }
  }
  return best?.day;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export interface FoundDate {
  day: Ymd;
  source: 'headline' | 'dateline';
}

/**
 * The date an article carries in its headline, or else in a dateline in its first lines. A dateline may
 * omit the year ("JOHANNESBURG, August 7 (Xinhua) --") when the document's date can supply it; a headline
 * may not, as a yearless date there is as often the date of a coming event.
 */
export function articleDate(doc: Doc, article: Article, docRef?: Ymd): FoundDate | undefined {
  if (article.headline) {
    const day = firstDay(article.headline.text, undefined, () => true);
    if (day) return { day, source: 'headline' };
  }
  const bodyStart = article.headline ? article.headline.end : article.start;
  const top = doc.text.slice(bodyStart, Math.min(article.end, bodyStart + DATELINE_CHARS));
  for (const line of firstLines(top, DATELINE_LINES)) {
    const day = firstDay(line, docRef, (before, after) => isDatelinePrefix(before) && /^\s*(?:$|[—–:|(-])/.test(after));
    if (day) return { day, source: 'dateline' };
  }
  return undefined;
}

/** The first `count` non-blank lines of `text`, without splitting the rest (this runs for every article). */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (let start = 0; lines.length < count && start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (line.trim() !== '') lines.push(line);
    start = end + 1;
  }
  return lines;
}

/** The reference date that applies inside each article. */
export interface ReferenceDates {
  of(article: number): Ymd | undefined;
}

/**
 * Reference dates: the document's (option, metadata, else the first dateline or headline date found) and
 * each article's own headline or dateline date, which wins inside that article unless the user forced a
 * reference date with `--reference-date`. Sets `doc.referenceDate` when the document had none, and
 * `Article.referenceDate` for every article that carries its own.
 */
export function referenceDates(doc: Doc): ReferenceDates {
  const given = parseIsoDate(doc.referenceDate);
  // The file name's date comes after the text's own: it only supplies a yearless dateline's year and,
  // when the text has no full date, the reference date itself (source "file-name").
  const fromName = given ? undefined : fileNameDate(doc.source.relPath);
  const found = mapPacked(doc.articles, (a) => articleDate(doc, a, given ?? fromName));
  if (!doc.referenceDate) {
    const first = found.find((f) => f !== undefined);
    if (first) {
      doc.referenceDate = dayValue(first.day);
      doc.referenceDateSource = first.source;
    } else if (fromName) {
      doc.referenceDate = dayValue(fromName);
      doc.referenceDateSource = 'file-name';
    }
  }
  const docRef = parseIsoDate(doc.referenceDate);
  const forced = doc.referenceDateSource === 'option';
  found.forEach((f, i) => {
    if (f) doc.articles[i]!.referenceDate = dayValue(f.day);
  });
  return { of: (article) => (forced ? docRef : found[article]?.day ?? docRef) };
}
