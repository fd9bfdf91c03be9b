import type { SourceDocument } from '../model/document.js';
import type { DocResult } from '../model/doc-result.js';
import type { TextFrame } from '../graph/document-graph.js';
import type { PartOf } from '../shard/render.js';
import { pauseAtSync } from './pause-point.js';
import { documentIri } from '../graph/iri.js';

/**
 * A document longer than this (UTF-16 code units) goes through the pipeline in windows of at most this
 * size, each written as a part of the document (WindowedDocument below). Measured on news text (issue #14):
 * one 1 MB window takes ~0.1 GB while the pipeline runs and its rendered part ~90 MB (heap and buffers with
 * `--expose-gc`); a 60 MB file in windows peaked at 909 MB RSS, a 2 MB one at 568 MB (README, Size limits).
 * 1 MB windows keep the seams rare: most reports are far shorter.
 */
export const WINDOW_CHARS = windowChars(process.env.NEWSGRAPH_WINDOW_CHARS);

/** NEWSGRAPH_WINDOW_CHARS sets a smaller window (tests make small documents take the windowed path). */
function windowChars(setting: string | undefined): number {
  const n = Number(setting);
  return setting && Number.isInteger(n) && n >= 100 ? n : 1_000_000;
}

/** One window of a long document: its text starts at `offset` in the document's text. */
export interface Window {
  offset: number;
  text: string;
}

/**
 * Cuts `text` into windows of at most `max` code units, each ending at a seam no annotation crosses:
 * a paragraph break (blank line) where there is one in the window's second half, else a line break,
 * else the space after a sentence's full stop, else any space; only text without any of them is cut
 * hard (never inside a surrogate pair). Paragraphs, sentences, tokens and mentions then lie inside one
 * window each, so their offsets shifted by the window's offset are exact.
 */
export function splitWindows(text: string, max = WINDOW_CHARS): Window[] {
  const windows: Window[] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = seamBefore(text, start, start + max);
    windows.push({ offset: start, text: text.slice(start, end) });
    start = end;
  }
  windows.push({ offset: start, text: text.slice(start) });
  return windows;
}

function seamBefore(text: string, start: number, limit: number): number {
  const half = start + Math.floor((limit - start) / 2);
  for (const seam of ['\n\n', '\n', '. ', ' ']) {
    const at = text.lastIndexOf(seam, limit - seam.length);
    if (at >= half) return at + seam.length;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The windows of a long source document, each a document of its own with the same id and source. */
export function windowDocuments(input: SourceDocument, max = WINDOW_CHARS): Array<{ offset: number; input: SourceDocument }> {
  return splitWindows(input.text, max).map((w) => ({ offset: w.offset, input: { id: input.id, source: input.source, text: w.text } }));
}

/**
 * Joins the results of a document's windows (in text order) into the result for the whole document:
 * offsets move by each window's offset, and indices into the lists (articles, paragraphs, sentences,
 * mentions, dates, entities) by the number of items of the windows before. The document's language is
 * the one most of its text has; its reference date the first window's. The window results are changed.
 */
export function mergeWindows(input: SourceDocument, parts: ReadonlyArray<{ offset: number; result: DocResult }>): DocResult {
  const first = parts[0]!.result;
  const merged: DocResult = {
    ...first,
    id: input.id,
    source: input.source,
    text: input.text,
    articles: [],
    paragraphs: [],
    sentences: [],
    mentions: [],
    dates: [],
    relations: [],
    entities: [],
    messages: [],
  };
  const langChars = new Map<string, number>();
  // A span object reachable twice (a copied mention keeps its role object) moves once.
  const moved = new Set<object>();
  const shift = (span: { start: number; end: number }, offset: number): void => {
    if (moved.has(span)) return;
    moved.add(span);
    span.start += offset;
    span.end += offset;
  };
  let tokenBase = 0;
  for (const { offset, result: r } of parts) {
    const base = {
      article: merged.articles.length,
      paragraph: merged.paragraphs.length,
      sentence: merged.sentences.length,
      mention: merged.mentions.length,
      date: merged.dates.length,
      entity: merged.entities.length,
    };
    langChars.set(r.lang, (langChars.get(r.lang) ?? 0) + r.text.length);
    for (const a of r.articles) {
      shift(a, offset);
      if (a.headline) shift(a.headline, offset);
      merged.articles.push(a);
    }
    for (const p of r.paragraphs) {
      shift(p, offset);
      p.article += base.article;
      merged.paragraphs.push(p);
    }
    let tokens = 0;
    for (const s of r.sentences) {
      shift(s, offset);
      s.paragraph += base.paragraph;
      tokens = Math.max(tokens, s.tokenEnd);
      s.tokenStart += tokenBase;
      s.tokenEnd += tokenBase;
      merged.sentences.push(s);
    }
    tokenBase += tokens;
    for (const m of r.mentions) {
      shift(m, offset);
      if (m.role) shift(m.role, offset);
      if (m.entity !== undefined) m.entity += base.entity;
      merged.mentions.push(m);
    }
    for (const d of r.dates) {
      shift(d, offset);
      merged.dates.push(d);
    }
    for (const rel of r.relations) {
      rel.subject += base.mention;
      rel.object += base.mention;
      rel.sentence += base.sentence;
      if (rel.date !== undefined) rel.date += base.date;
      if (rel.attribution?.mention !== undefined) rel.attribution.mention += base.mention;
      merged.relations.push(rel);
    }
    for (const e of r.entities) {
      e.mentions = e.mentions.map((m) => m + base.mention);
      merged.entities.push(e);
    }
    for (const msg of r.messages) {
      if (msg.span) shift(msg.span, offset);
      merged.messages.push(msg);
    }
  }
  merged.lang = [...langChars].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return merged;
}

/**
 * A long document going through the pipeline window by window, each window's result rendered as a part of
 * the document (shard/render.ts) and then dropped: this keeps of the windows only what the document's own
 * node needs — the language of each window's text, the articles, the first window's reference date — and
 * where the next window lies in the document (`frame`). Memory is one window's result, not the document's.
 */
export class WindowedDocument {
  readonly iri: string;
  private codePoints = 0;
  private readonly langChars = new Map<string, number>();
  private readonly articles: DocResult['articles'] = [];
  private first: DocResult | undefined;

  constructor(private readonly input: SourceDocument) {
    this.iri = documentIri(input.text, input.source.recordId);
  }

  /** Where the window at `offset` (the next one to be added) lies in the document. */
  frame(offset: number): TextFrame {
    return { iri: this.iri, offset, codePoints: this.codePoints, articles: this.articles.length };
  }

  /** Takes note of a window's result (its offsets local to the window, as the pipeline gave them). */
  add(offset: number, result: DocResult): void {
    this.first ??= { ...result, paragraphs: [], sentences: [], mentions: [], dates: [], relations: [], entities: [], messages: [] };
    this.langChars.set(result.lang, (this.langChars.get(result.lang) ?? 0) + result.text.length);
    for (const a of result.articles) {
      this.articles.push({ ...a, start: a.start + offset, end: a.end + offset, ...(a.headline ? { headline: { ...a.headline, start: a.headline.start + offset, end: a.headline.end + offset } } : {}) });
    }
    this.codePoints += codePointCount(result.text);
  }

  /** The whole document without annotations: its text, source, articles, the language most of its text has. */
  whole(): DocResult {
    const lang = [...this.langChars].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    return { ...this.first!, id: this.input.id, source: this.input.source, text: this.input.text, articles: this.articles, lang };
  }
}

/**
 * A long document through the pipeline window by window (`run`), each window's result handed to `take` with
 * its place in the document (a part, shard/render.ts; the last one with the whole document) before the next
 * window is processed: what `extract`, the queue's workers and `extract --stdin --ndjson` do with a document
 * longer than the window, so that its memory is one window's whatever its length.
 */
export async function eachWindowPart(
  input: SourceDocument,
  max: number,
  run: (window: SourceDocument) => DocResult | Promise<DocResult>,
  take: (result: DocResult, part: PartOf) => void | Promise<void>,
): Promise<void> {
  const windows = windowDocuments(input, max);
  const document = new WindowedDocument(input);
  for (const [index, w] of windows.entries()) {
    const result = await run(w.input);
    const frame = document.frame(w.offset);
    document.add(w.offset, result);
    const last = index === windows.length - 1;
    await take(result, { frame, index, count: windows.length, ...(last ? { whole: document.whole() } : {}) });
    pauseAtSync(`parts:${index + 1}`);
  }
}

function codePointCount(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
}
