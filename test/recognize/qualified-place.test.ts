import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'q.txt', source: { path: '/q.txt', relPath: 'q.txt', sha256: '' }, text });
const names = (doc: Doc): string[] => doc.mentions.filter((m) => m.form === 'name').map((m) => `${m.text}:${m.type}:${m.recognizer}`);

describe('qualified-place: settlement names with a Ukrainian or Russian qualifier', () => {
  it('joins a qualifier before a known settlement and an ordinal after one into one place', () => {
    const doc = run('Russian forces attacked near Mala Borova, Novoselivka Persha, and Nyzhnia Zhuravka.');
    expect(names(doc)).toEqual(['Mala Borova:Place:qualified-place', 'Novoselivka Persha:Place:qualified-place', 'Nyzhnia Zhuravka:Place:qualified-place']);
    // The head's gazetteer record is another village: the joined name has none.
    expect(doc.mentions.find((m) => m.text === 'Mala Borova')!.ref).toBeUndefined();
    const objects = doc.relations.filter((r) => r.predicate === 'attacked').map((r) => doc.mentions[r.object]!.text);
    expect(objects).toEqual(['Mala Borova', 'Novoselivka Persha', 'Nyzhnia Zhuravka']);
  });

  it('leaves names the gazetteer knows whole, regions, companies and qualifiers before an ordinary word', () => {
    const doc = run('Ships sailed to Nova Scotia. Rybar wrote about the Novaya Tuva movement. Nova Poshta delivered parcels. The Velyka Bridge reopened.');
    expect(doc.mentions.filter((m) => m.recognizer === 'qualified-place')).toEqual([]);
    expect(names(doc)).toContain('Nova Scotia:Place:gazetteer');
  });
});
