import { describe, expect, it } from 'vitest';
import { prepare } from '../helpers/prepare.js';
import { isHardWrapped } from '../../src/segment/blocks.js';
import { loadPipeline } from '../../src/pipeline/pipeline.js';

// A report exported one paragraph per line, no blank lines: a dateline, section headings without a full stop.
const PER_LINE = [
  'June 3, 6:00 pm ET',
  'Key Takeaways',
  'Russian forces continued ground assaults northwest of the town and shelled the villages along the river valley on June 3, local officials reported.',
  'Secondary effort—Coastal sector (Russian objective: hold the bridgehead and push the defenders back from the river line)',
  'The 14th Guards Brigade shelled Nikopol on June 3. Ukrainian officials said that the strikes damaged two schools and a water station in the town.',
].join('\n');

// The same kind of news hard-wrapped at 70 columns: its line breaks are not breaks of sense.
const WRAPPED = [
  'Russian forces continued ground assaults northwest of the town and',
  'shelled the villages along the river valley on June 3, local officials',
  'reported. Ukrainian officials said that the strikes damaged two schools',
  'and a water station in the town.',
].join('\n');

describe('a text with a paragraph on each line', () => {
  it('makes each line a paragraph, so a heading without a full stop is never glued to the next sentence', async () => {
    const doc = await prepare(PER_LINE);
    expect(doc.paragraphs).toHaveLength(5);
    const heading = PER_LINE.split('\n')[3]!;
    expect(doc.sentences.map((s) => PER_LINE.slice(s.start, s.end))).toContain(heading);
    expect(doc.sentences.some((s) => PER_LINE.slice(s.start, s.end).startsWith('The 14th Guards Brigade shelled Nikopol'))).toBe(true);
  });

  it('keeps it one article: its short lines are section headings, not headlines of new articles', async () => {
    const doc = await prepare(PER_LINE);
    expect(doc.articles).toHaveLength(1);
    expect(doc.paragraphs.filter((p) => p.isHeadline)).toHaveLength(0);
  });

  it('gives the statement of a sentence after a heading line its own sentence as evidence', async () => {
    const pipeline = await loadPipeline();
    const doc = pipeline.process({ id: 'r.txt', source: { path: '/r.txt', relPath: 'r.txt', sha256: '' }, text: PER_LINE }, {});
    const found = doc.relations.find((r) => `${doc.mentions[r.subject]!.text} ${r.predicate} ${doc.mentions[r.object]!.text}` === '14th Guards Brigade attacked Nikopol');
    expect(found).toBeDefined();
    // Its evidence is its own sentence, not the heading glued to it.
    const evidence = doc.sentences[found!.sentence]!;
    expect(PER_LINE.slice(evidence.start, evidence.end)).toBe('The 14th Guards Brigade shelled Nikopol on June 3.');
  });

  it('joins a line that goes on in lowercase: a word the export cut', async () => {
    const line = PER_LINE.split('\n')[2]!;
    const at = line.indexOf('officials') + 3;
    const cut = `${line.slice(0, at)}\nr\n${line.slice(at)}`;
    const doc = await prepare(`${cut}\n${PER_LINE.split('\n')[4]}`);
    expect(doc.paragraphs).toHaveLength(2);
  });
});

describe('hard-wrapped text', () => {
  it('stays one paragraph', async () => {
    expect(isHardWrapped(WRAPPED, 0, WRAPPED.length)).toBe(true);
    const doc = await prepare(WRAPPED);
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.sentences).toHaveLength(2);
  });

  it('is told from lines of paragraphs by its line lengths', () => {
    expect(isHardWrapped(PER_LINE, 0, PER_LINE.length)).toBe(false);
    const list = 'Kherson\nMykolaiv\nOdesa';
    expect(isHardWrapped(list, 0, list.length)).toBe(true);
  });
});
