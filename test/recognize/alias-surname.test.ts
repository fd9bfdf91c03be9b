import { beforeAll, describe, expect, it } from 'vitest';
import { loadPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import type { Doc } from '../../src/model/document.js';

let pipeline: Pipeline;
beforeAll(async () => {
  pipeline = await loadPipeline();
});

const run = (text: string): Doc => pipeline.process({ id: 'a.txt', source: { path: '/a.txt', relPath: 'a.txt', sha256: '' }, text });
const names = (doc: Doc): string[] => doc.mentions.filter((m) => m.form === 'name').map((m) => `${m.text}:${m.type}`);

// An organization's one-word alias that is also a surname ("Rybar" is a curated Telegram channel).
describe('a known given name before an organization’s one-word alias makes a person', () => {
  it('reads the pair as the person, and leaves the alias alone elsewhere an organization', () => {
    expect(names(run('Tomas Rybar filed this report from Lisbon.'))).toEqual(['Tomas Rybar:Person', 'Lisbon:Place']);
    expect(names(run('Rybar wrote that the convoy left.'))).toEqual(['Rybar:Organization']);
  });

  it('leaves a given name that a place claims, an ordinary English word, and a longer capitalized run', () => {
    expect(names(run('Georgia Rybar posts were shared widely.'))).toEqual(['Georgia:Place', 'Rybar:Organization']);
    expect(names(run('Will Rybar posts continue?'))).toEqual(['Rybar:Organization']);
    expect(names(run('The Anna Rybar Kovacs Fund opened.')).some((n) => n === 'Anna Rybar:Person')).toBe(false);
  });
});
