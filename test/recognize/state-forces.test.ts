import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

// Invented sentences (real places and forces, no reported text). What the annotation guidelines ask of state forces
// as actors: a named service or body is an organization ("Counter Terrorism Service", "Peshmerga"), a nationality
// word with a generic force word stands for its country ("Iraqi security forces", "the Iraqi army"), and a force
// named by no name ("regime forces") is no actor.
let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});
const run = (text: string): Doc => pipeline.process({ id: 't.txt', source: { path: '/t.txt', relPath: 't.txt', sha256: '' }, text });
const actors = (doc: Doc, predicate: string): string[] =>
  doc.relations.filter((r) => r.predicate === predicate).map((r) => doc.mentions[r.subject]!.ref?.id ?? doc.mentions[r.subject]!.text);

describe('state forces as actors', () => {
  it('a nationality word with a generic force word is its country', () => {
    expect(actors(run('Iraqi security forces attacked Hawija on Monday.'), 'attacked')).toEqual(['country:IQ']);
    expect(actors(run('The Iraqi army captured Sharqat on Tuesday.'), 'captured')).toEqual(['country:IQ']);
    expect(actors(run('Syrian government forces captured Saraqib on Thursday.'), 'captured')).toEqual(['country:SY']);
  });

  it('a named service or armed group is an organization, the demonym outside its span', () => {
    const doc = run('Kurdish Peshmerga forces captured Bashiqa, and the Counter Terrorism Service attacked Tarmiyah.');
    expect(doc.mentions.find((m) => m.text.includes('Peshmerga'))).toMatchObject({ text: 'Peshmerga', type: 'Organization' });
    expect(actors(doc, 'captured')).toEqual(['org:peshmerga']);
    expect(actors(doc, 'attacked')).toEqual(['org:counter-terrorism-service']);
    expect(actors(run('Houthi rebels attacked Marib on Saturday.'), 'attacked')).toEqual(['org:houthis']);
  });

  it('"regime forces" name no actor', () => {
    const doc = run('Regime forces attacked Kafr Nabl on Friday.');
    expect(actors(doc, 'attacked')).toEqual([]);
    expect(doc.mentions.some((m) => m.text.toLowerCase().includes('regime'))).toBe(false);
  });
});
