import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { toDocResult, type DocResult } from '../../src/model/doc-result.js';
import { mergeWindows, splitWindows, windowDocuments } from '../../src/run/windows.js';
import type { SourceDocument } from '../../src/model/document.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const PARAGRAPHS = [
  'Defense Minister Olena Marchuk visited Odesa on Tuesday, two days after the 3rd Battalion of the 14th Brigade withdrew from the town.',
  'Foreign Minister Tomas Lindqvist met with Prime Minister Amina Haddad in Warsaw on March 3, 2025, officials said.',
  'The 58th Combined Arms Army (CAA) is part of the Southern Military District, and the 58th CAA operates near Zaporizhzhia.',
];

const source = (text: string): SourceDocument => ({ id: 'long.txt', source: { path: '/long.txt', relPath: 'long.txt', sha256: '' }, text });
const mentions = (d: DocResult) => d.mentions.map((m) => `${m.start}-${m.end} ${m.type} ${d.text.slice(m.start, m.end)} ${m.text}`);
const dates = (d: DocResult) => d.dates.map((x) => `${x.start}-${x.end} ${x.value}`);
const relations = (d: DocResult) =>
  d.relations.map((r) => `${d.mentions[r.subject]!.text} ${r.predicate} ${d.mentions[r.object]!.text} | ${d.text.slice(d.sentences[r.sentence]!.start, d.sentences[r.sentence]!.end)} | ${r.date === undefined ? '' : d.dates[r.date]!.value}`);

// Issue #14, item 1: a very long document goes through the pipeline in windows; what comes out must be what
// the whole document gives, with offsets into the whole text.
describe('long documents in windows', () => {
  it('cuts at paragraph breaks, never over the size, and the windows put together are the text', () => {
    const text = PARAGRAPHS.join('\n\n').repeat(1).concat('\n\n').repeat(40);
    const windows = splitWindows(text, 1000);
    expect(windows.length).toBeGreaterThan(5);
    expect(windows.map((w) => w.text).join('')).toBe(text);
    for (const w of windows) {
      expect(w.text.length).toBeLessThanOrEqual(1000);
      expect(text.slice(w.offset, w.offset + w.text.length)).toBe(w.text);
      if (w.offset > 0) expect(text.slice(w.offset - 2, w.offset)).toBe('\n\n');
    }
  });

  it('cuts a text without line breaks at a sentence end or a space, and never inside a surrogate pair', () => {
    const sentences = 'Officials met in Kyiv. '.repeat(100);
    for (const w of splitWindows(sentences, 500).slice(1)) expect(sentences.slice(w.offset - 2, w.offset)).toBe('. ');
    const emoji = '\u{1F600}'.repeat(300);
    const windows = splitWindows(emoji, 101);
    expect(windows.map((w) => w.text).join('')).toBe(emoji);
    for (const w of windows) expect(w.text.length % 2).toBe(0);
  });

  it('gives the same mentions, dates and statements at the same offsets as the whole document', () => {
    const text = Array.from({ length: 12 }, (_, k) => PARAGRAPHS[k % 3]!.replace('Tuesday', `Tuesday ${k + 1}`)).join('\n\n');
    const whole = toDocResult(pipeline.process(source(text)));
    const parts = windowDocuments(source(text), 400).map((w) => ({ offset: w.offset, result: toDocResult(pipeline.process(w.input)) }));
    expect(parts.length).toBeGreaterThan(3);
    const merged = mergeWindows(source(text), parts);
    expect(merged.text).toBe(text);
    expect(mentions(merged)).toEqual(mentions(whole));
    expect(dates(merged)).toEqual(dates(whole));
    expect(relations(merged)).toEqual(relations(whole));
    expect(merged.sentences.map((s) => [s.start, s.end])).toEqual(whole.sentences.map((s) => [s.start, s.end]));
    expect(merged.paragraphs.map((p) => [p.start, p.end])).toEqual(whole.paragraphs.map((p) => [p.start, p.end]));
    for (const e of merged.entities) for (const m of e.mentions) expect(merged.mentions[m]!.entity).toBe(merged.entities.indexOf(e));
  });
});
